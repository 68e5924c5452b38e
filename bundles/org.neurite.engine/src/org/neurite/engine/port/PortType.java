package org.neurite.engine.port;

import java.util.Objects;

/**
 * The kind of thing that travels over a connection. Two ports can be wired only when their types are
 * equal; types are compared by id, so every bundle that declares a port with the same id means the same thing.
 *
 * @param id         stable identifier, e.g. {@code org.neurite.data.table}
 * @param name       what a user calls it, e.g. {@code Data table}
 * @param specClass  the configure-time spec this port carries
 * @param objectClass the execution-time object this port carries
 * @param color      RGB colour the workbench draws the port in, e.g. {@code 0x3070C0}
 */
public record PortType(String id, String name, Class<? extends PortSpec> specClass,
        Class<? extends PortObject> objectClass, int color) {

    public PortType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specClass, "specClass");
        Objects.requireNonNull(objectClass, "objectClass");
    }

    /** Whether an output of this type may feed an input of {@code input}'s type. */
    public boolean canFeed(PortType input) {
        return id.equals(input.id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortType that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
