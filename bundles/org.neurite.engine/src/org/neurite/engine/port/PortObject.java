package org.neurite.engine.port;

/** What a port carries after execution: data, a trained model. Immutable once produced. */
public interface PortObject {

    /** The spec of this object; downstream nodes are re-configured with it after execution. */
    PortSpec spec();

    /** One line for a user, e.g. {@code 8000 rows x 2 columns}. */
    default String summary() {
        return spec().summary();
    }
}
