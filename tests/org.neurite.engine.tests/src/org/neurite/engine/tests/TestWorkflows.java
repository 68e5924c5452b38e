package org.neurite.engine.tests;

import java.util.List;

import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.ConstantNode;
import org.neurite.engine.tests.nodes.ControlledNode;
import org.neurite.engine.tests.nodes.TextSourceNode;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

/** Builds small workflows of the test nodes. */
final class TestWorkflows {

    static final NodeRegistry REGISTRY = NodeRegistry
            .of(List.of(new ConstantNode(), new AddNode(), new ControlledNode(), new TextSourceNode()));

    static WorkflowNode add(Workflow wf, String id, String typeId, Record settings) throws WorkflowEditException {
        var factory = REGISTRY.find(typeId).orElseThrow();
        WorkflowNode node = new WorkflowNode(id, factory, settings, "", new Position(10, 20));
        wf.addNode(node);
        return node;
    }

    static ConstantNode.Settings constant(double value) {
        return new ConstantNode.Settings(value, 1, ConstantNode.Kind.PLAIN, List.of("a", "b"), "");
    }

    static ControlledNode.Settings controlled(ControlledNode.Behaviour behaviour) {
        return new ControlledNode.Settings(behaviour);
    }

    static AddNode.Settings addSettings() {
        return new AddNode.Settings(false, 0);
    }

    private TestWorkflows() {
    }
}
