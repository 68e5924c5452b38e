package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.engine.tests.TestWorkflows.add;
import static org.neurite.engine.tests.TestWorkflows.addSettings;
import static org.neurite.engine.tests.TestWorkflows.constant;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.ConstantNode;
import org.neurite.engine.tests.nodes.TextSourceNode;
import org.neurite.engine.settings.NoSettings;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowEvent;

class WorkflowModelTest {

    @Test
    void connectingATextOutputToANumberInputIsRefusedWithAMessage() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "text", TextSourceNode.ID, new NoSettings());
        add(wf, "sum", AddNode.ID, addSettings());
        WorkflowEditException e = assertThrows(WorkflowEditException.class, () -> wf.connect("text", "text", "sum", "a"));
        assertEquals("Cannot connect the Text output 'Text' of Text Source 'text' to the Number input 'First' of "
                + "Add 'sum': the port types differ", e.getMessage());
        assertTrue(wf.connections().isEmpty());
    }

    @Test
    void aConnectionThatClosesACycleIsRefused() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        add(wf, "x", AddNode.ID, addSettings());
        add(wf, "y", AddNode.ID, addSettings());
        wf.connect("c", "value", "x", "a");
        wf.connect("x", "sum", "y", "a");
        WorkflowEditException e = assertThrows(WorkflowEditException.class, () -> wf.connect("y", "sum", "x", "b"));
        assertTrue(e.getMessage().contains("would create a cycle"), e.getMessage());
        assertThrows(WorkflowEditException.class, () -> wf.connect("x", "sum", "x", "b"));
        assertEquals(2, wf.connections().size());
    }

    @Test
    void unknownPortsAreRefusedNamingThePortsThatExist() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        add(wf, "x", AddNode.ID, addSettings());
        WorkflowEditException e = assertThrows(WorkflowEditException.class, () -> wf.connect("c", "value", "x", "z"));
        assertEquals("Add 'x' has no input port 'z'; its inputs: a, b", e.getMessage());
    }

    @Test
    void aSecondConnectionOntoAnInputReplacesTheFirstAndSaysSo() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c1", ConstantNode.ID, constant(1));
        add(wf, "c2", ConstantNode.ID, constant(2));
        add(wf, "x", AddNode.ID, addSettings());
        List<WorkflowEvent> events = new ArrayList<>();
        wf.addListener(events::add);
        Connection first = wf.connect("c1", "value", "x", "a");
        wf.connect("c2", "value", "x", "a");
        assertEquals(List.of(new Connection("c2", "value", "x", "a")), wf.connections());
        assertEquals(new WorkflowEvent.Connected(new Connection("c2", "value", "x", "a"), first), events.get(1));
    }

    @Test
    void removingANodeRemovesItsConnectionsAndTheEventCarriesThemForUndo() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        add(wf, "x", AddNode.ID, addSettings());
        wf.connect("c", "value", "x", "a");
        List<WorkflowEvent> events = new ArrayList<>();
        wf.addListener(events::add);
        wf.removeNode("c");
        WorkflowEvent.NodeRemoved removed = (WorkflowEvent.NodeRemoved) events.get(0);
        assertEquals("c", removed.node().id());
        assertEquals(List.of(new Connection("c", "value", "x", "a")), removed.connections());
        assertTrue(wf.connections().isEmpty());
        // undo: put both back
        wf.addNode(removed.node());
        for (Connection c : removed.connections()) {
            wf.connect(c.fromNode(), c.fromPort(), c.toNode(), c.toPort());
        }
        assertEquals(1, wf.connections().size());
    }

    @Test
    void editsAnnounceBeforeAndAfter() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        List<WorkflowEvent> events = new ArrayList<>();
        wf.addListener(events::add);
        wf.moveNode("c", new Position(100, 200));
        wf.setSettings("c", constant(5));
        wf.setSettings("c", constant(5)); // no change, no event
        assertEquals(2, events.size());
        WorkflowEvent.NodeChanged moved = (WorkflowEvent.NodeChanged) events.get(0);
        assertEquals(new Position(10, 20), moved.before().position());
        assertEquals(new Position(100, 200), moved.after().position());
        assertTrue(((WorkflowEvent.NodeChanged) events.get(1)).settingsChanged());
    }

    @Test
    void settingsOfTheWrongTypeAreRefused() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c", ConstantNode.ID, constant(1));
        assertThrows(WorkflowEditException.class, () -> wf.setSettings("c", addSettings()));
    }

    @Test
    void newNodeIdsDeriveFromTheTypeAndAreUnique() throws Exception {
        Workflow wf = new Workflow();
        var factory = TestWorkflows.REGISTRY.find(ConstantNode.ID).orElseThrow();
        assertEquals("constant1", wf.addNode(factory, Position.ORIGIN).id());
        assertEquals("constant2", wf.addNode(factory, Position.ORIGIN).id());
    }

    @Test
    void topologicalOrderPutsEveryNodeAfterItsInputs() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "sum", AddNode.ID, addSettings());
        add(wf, "b", ConstantNode.ID, constant(1));
        add(wf, "a", ConstantNode.ID, constant(1));
        wf.connect("a", "value", "sum", "a");
        wf.connect("b", "value", "sum", "b");
        List<String> order = wf.topologicalOrder();
        assertTrue(order.indexOf("sum") > order.indexOf("a") && order.indexOf("sum") > order.indexOf("b"), order.toString());
    }
}
