package org.neurite.engine.node;

import java.nio.file.Path;

/** What a node knows about where it runs, during configure and execute. */
public interface NodeContext {

    /** The node's id in its workflow, e.g. {@code conv1}. */
    String nodeId();

    /** How messages name the node, e.g. {@code Convolution 2D 'conv1'}. */
    String nodeName();

    /** Resolves a path from the node's settings: relative paths are relative to the workflow file's folder. */
    Path resolve(String path);

    /** The workflow's log, with entries attributed to this node. */
    NodeLog log();
}
