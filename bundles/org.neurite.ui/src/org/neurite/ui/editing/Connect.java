package org.neurite.ui.editing;

import java.util.Optional;

import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;

/** Wires an output to an input; a wire already on that input is replaced, and comes back on undo. */
public final class Connect implements Edit {

    private final Connection connection;
    private Connection replaced;

    public Connect(Connection connection) {
        this.connection = connection;
    }

    @Override
    public String label() {
        return "Connect";
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        Optional<Connection> existing = workflow.incoming(connection.toNode(), connection.toPort());
        replaced = existing.filter(c -> !c.equals(connection)).orElse(null);
        workflow.connect(connection.fromNode(), connection.fromPort(), connection.toNode(), connection.toPort());
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        workflow.disconnect(connection);
        if (replaced != null) {
            workflow.connect(replaced.fromNode(), replaced.fromPort(), replaced.toNode(), replaced.toPort());
        }
    }
}
