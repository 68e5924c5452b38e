package org.neurite.engine.port;

import java.util.List;

/**
 * What a port will carry, known at configure time without any data: a table's columns, a network's
 * layers and shapes, a schedule's curve. Immutable.
 */
public interface PortSpec {

    /** One line a user reads on a wire or in batch output, e.g. {@code [?, 24, 24, 20]}. */
    String summary();

    /**
     * A short note about what the node that produced this spec added, shown on that node in the editor and
     * next to it in batch {@code validate}, e.g. {@code 520 params}; empty for none.
     */
    default String producerNote() {
        return "";
    }

    /** Details for a tooltip or a {@code validate} listing, several lines allowed; defaults to the summary. */
    default String details() {
        return summary();
    }

    /** Curves known at configure time that a user may want to see drawn, e.g. the learning rate per epoch. */
    default List<Series> series() {
        return List.of();
    }
}
