/** The node registry: which node types the runtime has. */
package org.neurite.engine.registry;
