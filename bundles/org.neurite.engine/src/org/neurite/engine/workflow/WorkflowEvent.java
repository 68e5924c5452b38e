package org.neurite.engine.workflow;

import java.util.List;

/** A change to a {@link Workflow}. Events carry the values before and after, so an editor can undo them. */
public sealed interface WorkflowEvent {

    record NodeAdded(WorkflowNode node) implements WorkflowEvent {
    }

    /** A node and the connections that went with it. */
    record NodeRemoved(WorkflowNode node, List<Connection> connections) implements WorkflowEvent {
    }

    record NodeChanged(WorkflowNode before, WorkflowNode after) implements WorkflowEvent {

        public boolean settingsChanged() {
            return !before.settings().equals(after.settings());
        }
    }

    /** A connection was added; {@code replaced} is the one it pushed off the same input, if any. */
    record Connected(Connection connection, Connection replaced) implements WorkflowEvent {
    }

    record Disconnected(Connection connection) implements WorkflowEvent {
    }

    record AnnotationAdded(Annotation annotation) implements WorkflowEvent {
    }

    record AnnotationRemoved(Annotation annotation) implements WorkflowEvent {
    }

    record AnnotationChanged(Annotation before, Annotation after) implements WorkflowEvent {
    }
}
