package org.neurite.engine.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.neurite.engine.node.NodeFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The OSGi node registry: tracks every {@link NodeFactory} service as bundles come and go. */
@Component(service = NodeRegistry.class, immediate = true)
public final class NodeRegistryService implements NodeRegistry {

    private final Map<String, NodeFactory<?>> byId = new ConcurrentHashMap<>();
    private final List<Consumer<NodeRegistry>> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFactory(NodeFactory<?> factory) {
        byId.put(factory.descriptor().id(), factory);
        fireChanged();
    }

    void removeFactory(NodeFactory<?> factory) {
        byId.remove(factory.descriptor().id(), factory);
        fireChanged();
    }

    @Override
    public List<NodeFactory<?>> factories() {
        return byId.values().stream().sorted(ORDER).toList();
    }

    @Override
    public Optional<NodeFactory<?>> find(String typeId) {
        return Optional.ofNullable(byId.get(typeId));
    }

    @Override
    public void addChangeListener(Consumer<NodeRegistry> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Consumer<NodeRegistry> listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        listeners.forEach(l -> l.accept(this));
    }
}
