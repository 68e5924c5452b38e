package org.neurite.batch;

import java.util.Set;

import org.neurite.engine.registry.NodeRegistry;

/**
 * The installed node types, once they are there. In OSGi, node types arrive asynchronously as Declarative
 * Services activates the bundles that provide them, so a command asks for what it needs and waits.
 */
public interface NodeTypes {

    /**
     * The registry, as soon as it offers every one of {@code typeIds}, or when the node types have stopped
     * arriving and some are still missing (the caller then reports them), or after a time limit.
     */
    NodeRegistry await(Set<String> typeIds) throws InterruptedException;

    /** The registry once node types have stopped arriving. */
    NodeRegistry awaitAll() throws InterruptedException;

    /** Node types that are all there from the start, e.g. a registry built in a test. */
    static NodeTypes of(NodeRegistry registry) {
        return new NodeTypes() {
            @Override
            public NodeRegistry await(Set<String> typeIds) {
                return registry;
            }

            @Override
            public NodeRegistry awaitAll() {
                return registry;
            }
        };
    }
}
