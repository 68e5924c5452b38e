package org.neurite.engine.node;

import java.net.URL;

/**
 * A node type. Register implementations as OSGi Declarative Services components
 * ({@code @Component(service = NodeFactory.class)}); the node registry picks them up, so a new bundle's
 * nodes appear in the workbench and in batch with no change elsewhere.
 *
 * @param <S> the node's settings record
 */
public interface NodeFactory<S extends Record> {

    NodeDescriptor<S> descriptor();

    /** A model that configures and executes nodes of this type. Models must be stateless and thread-safe. */
    NodeModel<S> createModel();

    /** The node's icon, resolved inside the factory's own bundle; {@code null} when it has none. */
    default URL iconUrl() {
        String icon = descriptor().icon();
        return icon.isEmpty() ? null : getClass().getClassLoader().getResource(icon);
    }
}
