package org.neurite.ui.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

/** Deletes nodes with every wire touching them, and deletes selected wires. */
public final class RemoveNodes implements Edit {

    private final List<String> nodeIds;
    private final List<Connection> wires;
    private final List<WorkflowNode> removedNodes = new ArrayList<>();
    private final Set<Connection> removedWires = new LinkedHashSet<>();

    public RemoveNodes(List<String> nodeIds, List<Connection> wires) {
        this.nodeIds = List.copyOf(nodeIds);
        this.wires = List.copyOf(wires);
    }

    @Override
    public String label() {
        int count = nodeIds.size();
        if (count == 0) {
            return wires.size() == 1 ? "Delete Connection" : "Delete Connections";
        }
        return count == 1 ? "Delete Node" : "Delete " + count + " Nodes";
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        removedNodes.clear();
        removedWires.clear();
        List<Connection> before = workflow.connections();
        for (Connection c : wires) {
            if (before.contains(c)) {
                workflow.disconnect(c);
                removedWires.add(c);
            }
        }
        for (String id : nodeIds) {
            removedNodes.add(workflow.requireNode(id));
            for (Connection c : before) {
                if (c.fromNode().equals(id) || c.toNode().equals(id)) {
                    removedWires.add(c);
                }
            }
            workflow.removeNode(id);
        }
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        for (WorkflowNode node : removedNodes) {
            workflow.addNode(node);
        }
        for (Connection c : removedWires) {
            workflow.connect(c.fromNode(), c.fromPort(), c.toNode(), c.toPort());
        }
    }
}
