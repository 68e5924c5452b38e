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

    /**
     * Resolves a path a node writes to (a table a writer saves, a model file): relative paths are relative to the
     * run's output directory, which batch sets with {@code --out}; without one it is the workflow file's folder.
     * Nodes that write files use this, nodes that read files use {@link #resolve(String)}.
     */
    default Path resolveOutput(String path) {
        return resolve(path);
    }

    /** The workflow's log, with entries attributed to this node. */
    NodeLog log();
}
