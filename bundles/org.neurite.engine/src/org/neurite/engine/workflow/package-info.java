/**
 * The workflow model: nodes, connections and annotations, edited through methods that check every edit
 * (port types, one wire per input, no cycles) and announce it as a {@link org.neurite.engine.workflow.WorkflowEvent}.
 */
package org.neurite.engine.workflow;
