package org.neurite.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.file.WorkflowFileException;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.editing.AddNodes;

/**
 * Copy and paste of nodes. The clipboard holds the copied nodes and the wires among them as workflow-file text,
 * so nodes paste into another workflow, or another workbench, as well.
 */
final class WorkflowClipboard {

    private static final int PASTE_OFFSET = 30;

    private WorkflowClipboard() {
    }

    static String copy(Workflow workflow, Collection<String> nodeIds) {
        Workflow part = new Workflow();
        Set<String> ids = new HashSet<>(nodeIds);
        try {
            for (WorkflowNode node : workflow.nodes()) {
                if (ids.contains(node.id())) {
                    part.addNode(node);
                }
            }
            for (Connection c : workflow.connections()) {
                if (ids.contains(c.fromNode()) && ids.contains(c.toNode())) {
                    part.connect(c.fromNode(), c.fromPort(), c.toNode(), c.toPort());
                }
            }
        } catch (WorkflowEditException e) {
            throw new IllegalStateException("Copying nodes of a consistent workflow failed", e);
        }
        return WorkflowFile.format(part);
    }

    /** The edit that pastes clipboard text into a workflow with fresh ids, shifted so copies do not hide originals. */
    static AddNodes paste(String text, Workflow target, NodeRegistry registry) throws WorkflowFileException {
        Workflow copied = WorkflowFile.parse(text, "the clipboard", registry);
        Set<String> taken = new HashSet<>();
        target.nodes().forEach(n -> taken.add(n.id()));
        Map<String, String> newIds = new HashMap<>();
        List<WorkflowNode> nodes = new ArrayList<>();
        for (WorkflowNode node : copied.nodes()) {
            String id = freshId(node, taken);
            taken.add(id);
            newIds.put(node.id(), id);
            nodes.add(new WorkflowNode(id, node.factory(), node.settings(), node.label(),
                    node.position().translate(PASTE_OFFSET, PASTE_OFFSET)));
        }
        List<Connection> wires = copied.connections().stream().map(c -> new Connection(newIds.get(c.fromNode()),
                c.fromPort(), newIds.get(c.toNode()), c.toPort())).toList();
        return new AddNodes(nodes.size() == 1 ? "Paste Node" : "Paste " + nodes.size() + " Nodes", nodes, wires);
    }

    private static String freshId(WorkflowNode node, Set<String> taken) {
        String base = node.id().replaceAll("\\d+$", "");
        if (base.isEmpty()) {
            base = "node";
        }
        for (int i = 1;; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }
}
