/**
 * The node API: a node type is a {@link org.neurite.engine.node.NodeFactory} DS component that describes
 * itself ({@link org.neurite.engine.node.NodeDescriptor}) and creates a stateless
 * {@link org.neurite.engine.node.NodeModel} with {@code configure} (specs only) and {@code execute} (data).
 */
package org.neurite.engine.node;
