package org.neurite.engine.node;

import java.util.Objects;

import org.neurite.engine.port.PortType;

/**
 * One input or output port of a node type.
 *
 * @param id          stable name used in workflow files, e.g. {@code table}
 * @param label       what a user reads, e.g. {@code Training data}
 * @param type        what travels over it
 * @param description what the node expects or produces here
 * @param optional    for inputs: whether the node runs without a connection here
 */
public record PortDescriptor(String id, String label, PortType type, String description, boolean optional) {

    public PortDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }
}
