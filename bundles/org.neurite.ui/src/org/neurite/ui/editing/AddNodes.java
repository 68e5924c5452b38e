package org.neurite.ui.editing;

import java.util.List;

import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

/** Adds nodes and the connections among them: a node dropped from the repository, or pasted ones. */
public final class AddNodes implements Edit {

    private final String label;
    private final List<WorkflowNode> nodes;
    private final List<Connection> connections;

    public AddNodes(String label, List<WorkflowNode> nodes, List<Connection> connections) {
        this.label = label;
        this.nodes = List.copyOf(nodes);
        this.connections = List.copyOf(connections);
    }

    public List<WorkflowNode> nodes() {
        return nodes;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        for (WorkflowNode node : nodes) {
            workflow.addNode(node);
        }
        for (Connection c : connections) {
            workflow.connect(c.fromNode(), c.fromPort(), c.toNode(), c.toPort());
        }
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        for (WorkflowNode node : nodes.reversed()) {
            workflow.removeNode(node.id());
        }
    }
}
