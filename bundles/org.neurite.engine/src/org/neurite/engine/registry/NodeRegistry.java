package org.neurite.engine.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.neurite.engine.node.NodeFactory;

/**
 * The node types present in the runtime. In OSGi it is a service fed by every {@link NodeFactory} component;
 * outside OSGi (and in tests) {@link #of(List)} makes a fixed one.
 */
public interface NodeRegistry {

    /** All node types, sorted by category and name. */
    List<NodeFactory<?>> factories();

    Optional<NodeFactory<?>> find(String typeId);

    /** Calls {@code listener} whenever node types appear or disappear (bundles installed or stopped). */
    void addChangeListener(Consumer<NodeRegistry> listener);

    void removeChangeListener(Consumer<NodeRegistry> listener);

    /** A registry of exactly these factories. */
    static NodeRegistry of(List<? extends NodeFactory<?>> factories) {
        List<NodeFactory<?>> sorted = factories.stream().<NodeFactory<?>>map(f -> f).sorted(ORDER).toList();
        return new NodeRegistry() {
            @Override
            public List<NodeFactory<?>> factories() {
                return sorted;
            }

            @Override
            public Optional<NodeFactory<?>> find(String typeId) {
                return sorted.stream().filter(f -> f.descriptor().id().equals(typeId)).findFirst();
            }

            @Override
            public void addChangeListener(Consumer<NodeRegistry> listener) {
                // a fixed registry never changes
            }

            @Override
            public void removeChangeListener(Consumer<NodeRegistry> listener) {
                // a fixed registry never changes
            }
        };
    }

    /** The order users see node types in: by category, then by name. */
    Comparator<NodeFactory<?>> ORDER = Comparator.<NodeFactory<?>, String>comparing(f -> f.descriptor().category())
            .thenComparing(f -> f.descriptor().name());
}
