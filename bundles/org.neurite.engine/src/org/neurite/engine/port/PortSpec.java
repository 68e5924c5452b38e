package org.neurite.engine.port;

/**
 * What a port will carry, known at configure time without any data: a table's columns, a network's
 * layers and shapes, a schedule's curve. Immutable.
 */
public interface PortSpec {

    /** One line a user reads on a wire or in batch output, e.g. {@code [?, 24, 24, 20], 520 params}. */
    String summary();
}
