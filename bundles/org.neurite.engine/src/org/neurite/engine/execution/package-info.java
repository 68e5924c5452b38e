/**
 * Configures and executes a {@link org.neurite.engine.workflow.Workflow}: specs propagate in topological order
 * as the workflow changes, only what a requested node needs is executed, independent branches run in parallel,
 * and a change resets only the nodes downstream of it.
 */
package org.neurite.engine.execution;
