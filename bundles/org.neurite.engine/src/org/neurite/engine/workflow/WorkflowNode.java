package org.neurite.engine.workflow;

import java.util.Objects;

import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;

/**
 * A node in a workflow: its type, settings, user label and position. Immutable; the {@link Workflow} replaces
 * it on every change.
 *
 * @param id       unique in its workflow, e.g. {@code conv1}; used in files, messages and {@code --set}
 * @param factory  the node type
 * @param settings a record of the factory's settings type
 * @param label    a user's name for it; may be empty
 * @param position where it sits on the canvas
 */
public record WorkflowNode(String id, NodeFactory<?> factory, Record settings, String label, Position position) {

    public WorkflowNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(position, "position");
        Class<?> expected = factory.descriptor().settings().type();
        if (!expected.isInstance(settings)) {
            throw new IllegalArgumentException("Node " + id + " needs settings of type " + expected.getName()
                    + ", got " + settings.getClass().getName());
        }
    }

    public NodeDescriptor<?> descriptor() {
        return factory.descriptor();
    }

    public String typeId() {
        return descriptor().id();
    }

    /** How messages name this node: {@code Dense Layer 'dense1'}, plus the user's label when there is one. */
    public String describe() {
        String base = descriptor().name() + " '" + id + "'";
        return label.isEmpty() ? base : base + " (\"" + label + "\")";
    }

    public WorkflowNode withSettings(Record newSettings) {
        return new WorkflowNode(id, factory, newSettings, label, position);
    }

    public WorkflowNode withLabel(String newLabel) {
        return new WorkflowNode(id, factory, settings, newLabel, position);
    }

    public WorkflowNode withPosition(Position newPosition) {
        return new WorkflowNode(id, factory, settings, label, newPosition);
    }
}
