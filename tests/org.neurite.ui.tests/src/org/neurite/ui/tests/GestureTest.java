package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.ui.tests.Fixtures.CONV;
import static org.neurite.ui.tests.Fixtures.PRINTER;
import static org.neurite.ui.tests.Fixtures.SOURCE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.views.NodeRepositoryView;
import org.neurite.ui.views.ViewIds;

/** Real mouse gestures in the running workbench: drag and drop, wiring, refused wiring. */
class GestureTest extends WorkbenchTest {

    /** Runs a gesture and waits for its effect; X gestures are occasionally lost, so one retry is allowed. */
    private static void gesture(String what, Runnable gesture, BooleanSupplier done) {
        gesture.run();
        if (Ui.poll(Duration.ofSeconds(5), done)) {
            return;
        }
        gesture.run();
        Ui.waitUntil(what, Duration.ofSeconds(10), done);
    }

    @Test
    void dragsANodeFromTheRepositoryOntoTheCanvas() throws Exception {
        open(write("empty.nflow", new Workflow()));
        NodeRepositoryView repository = (NodeRepositoryView) view(ViewIds.REPOSITORY);
        Ui.run(() -> Ui.page().activate(editor));
        Point from = Ui.call(() -> {
            TreeItem item = repository.item(CONV);
            assertNotNull(item, "the repository shows the Test Convolution node");
            Rectangle b = item.getBounds();
            return item.getParent().toDisplay(b.x + Math.min(b.width / 2, 40), b.y + b.height / 2);
        });
        Point dropModel = new Point(300, 200);
        Point to = Ui.call(() -> editor.canvas().toScreen(dropModel));
        Workflow workflow = editor.session().workflow();

        gesture("a node dropped on the canvas", () -> XRobot.drag(from, to), () -> workflow.nodes().size() == 1);

        WorkflowNode added = workflow.nodes().get(0);
        assertEquals(CONV, added.typeId());
        // dropped where the mouse was released: the node is centred horizontally on the drop point
        Rectangle bounds = Ui.call(() -> editor.canvas().diagram().node(added.id()).bounds());
        assertTrue(Math.abs(bounds.x + bounds.width / 2 - dropModel.x) <= 4 && Math.abs(added.position().y() + 20
                - dropModel.y) <= 4, "node placed at the drop point " + dropModel + ", got " + added.position());
        assertTrue(Ui.call(() -> editor.isDirty()), "the editor is dirty after the drop");
        Screenshots.take("01-node-dropped-from-repository");

        Ui.run(() -> editor.changeHistory(true));
        assertEquals(0, workflow.nodes().size(), "undo removes the dropped node");
    }

    @Test
    void wiresTwoNodesByDraggingFromOutputToInput() throws Exception {
        Path file = write("wire.nflow", workflow(node("source1", SOURCE, 40, 80), node("conv1", CONV, 330, 140)));
        open(file);
        Workflow workflow = editor.session().workflow();
        Point out = portOnScreen("source1", "images", false);
        Point in = portOnScreen("conv1", "in", true);

        gesture("a wire from source1 to conv1", () -> XRobot.drag(out, in), () -> workflow.connections().size() == 1);

        assertEquals(new Connection("source1", "images", "conv1", "in"), workflow.connections().get(0));
        Ui.waitUntil("the shape on the wire", Duration.ofSeconds(5), () -> "[?, 28, 28, 1]".equals(wireLabel("source1")));
        Ui.waitUntil("the parameter count on conv1", Duration.ofSeconds(5),
                () -> "520 params".equals(Ui.call(() -> editor.canvas().diagram().node("conv1").note())));
        Screenshots.take("02-wired-source-to-convolution");
    }

    @Test
    void refusesAWireBetweenIncompatiblePortsAndSaysWhy() throws Exception {
        open(write("refuse.nflow", workflow(node("source1", SOURCE, 40, 80), node("printer1", PRINTER, 330, 140))));
        Workflow workflow = editor.session().workflow();
        Point out = portOnScreen("source1", "images", false);
        Point in = portOnScreen("printer1", "text", true);

        gesture("the wire to be refused", () -> XRobot.drag(out, in), () -> Ui.call(() -> editor.lastRefusal() != null));

        String message = Ui.call(() -> editor.lastRefusal());
        assertTrue(message.contains("Cannot connect the Tensor output 'Images'") && message.contains("Text input")
                && message.contains("the port types differ"), message);
        assertEquals(0, workflow.connections().size(), "no connection was made");
        assertEquals(message, Ui.call(() -> editor.canvas().getToolTipText()), "the tooltip says why");
        assertEquals(message, Ui.call(() -> editor.canvas().diagram().bubble()), "the canvas shows why");
        Screenshots.take("03-incompatible-wire-refused");
    }

    @Test
    void wiringOntoAnOccupiedInputReplacesTheWire() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 40), node("source2", SOURCE, 40, 220),
                node("conv1", CONV, 330, 130));
        w.connect("source1", "images", "conv1", "in");
        open(write("replace.nflow", w));
        Workflow workflow = editor.session().workflow();
        Point out = portOnScreen("source2", "images", false);
        Point in = portOnScreen("conv1", "in", true);
        Connection replacement = new Connection("source2", "images", "conv1", "in");

        gesture("the wire to be replaced", () -> XRobot.drag(out, in),
                () -> workflow.connections().equals(java.util.List.of(replacement)));

        Ui.run(() -> editor.changeHistory(true));
        assertEquals(java.util.List.of(new Connection("source1", "images", "conv1", "in")), workflow.connections(),
                "undo brings the replaced wire back");
    }

    @Test
    void selectsWithARectangleMovesBothByDraggingAndUndoes() throws Exception {
        open(write("move.nflow", workflow(node("source1", SOURCE, 60, 60), node("conv1", CONV, 300, 90))));
        Workflow workflow = editor.session().workflow();
        Point bandFrom = Ui.call(() -> editor.canvas().toScreen(new Point(30, 30)));
        Point bandTo = Ui.call(() -> editor.canvas().toScreen(new Point(520, 240)));
        gesture("both nodes selected", () -> XRobot.drag(bandFrom, bandTo),
                () -> Ui.call(() -> editor.selectedNodes().size() == 2));

        Point grab = nodeOnScreen("conv1");
        Point drop = new Point(grab.x + 60, grab.y + 100);
        gesture("both nodes moved", () -> XRobot.drag(grab, drop),
                () -> workflow.node("source1").orElseThrow().position().x() != 60);
        assertEquals(new org.neurite.engine.workflow.Position(120, 160), workflow.node("source1").orElseThrow().position());
        assertEquals(new org.neurite.engine.workflow.Position(360, 190), workflow.node("conv1").orElseThrow().position());
        Screenshots.take("11-moved-selection");

        XRobot.key("ctrl+z");
        Ui.waitUntil("undo of the move", Duration.ofSeconds(5),
                () -> workflow.node("conv1").orElseThrow().position().equals(new org.neurite.engine.workflow.Position(300, 90)));
        assertEquals(new org.neurite.engine.workflow.Position(60, 60), workflow.node("source1").orElseThrow().position());
    }

    @Test
    void deleteKeyRemovesTheSelectedNodeWithItsWires() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 80), node("conv1", CONV, 330, 140));
        w.connect("source1", "images", "conv1", "in");
        open(write("delete.nflow", w));
        Workflow workflow = editor.session().workflow();
        XRobot.click(nodeOnScreen("conv1"));
        Ui.waitUntil("conv1 selected", Duration.ofSeconds(5), () -> Ui.call(() -> editor.selectedNodes().equals(java.util.Set.of("conv1"))));
        XRobot.key("Delete");
        Ui.waitUntil("conv1 deleted", Duration.ofSeconds(5), () -> workflow.node("conv1").isEmpty());
        assertEquals(0, workflow.connections().size());
        XRobot.key("ctrl+z");
        Ui.waitUntil("conv1 back", Duration.ofSeconds(5), () -> workflow.node("conv1").isPresent());
        assertEquals(1, workflow.connections().size(), "undo brings the wire back too");

        // copy and paste with the keyboard: the copy gets a fresh id and sits beside the original
        XRobot.click(nodeOnScreen("conv1"));
        XRobot.key("ctrl+c", "ctrl+v");
        Ui.waitUntil("the pasted copy", Duration.ofSeconds(5), () -> workflow.node("conv2").isPresent());
        assertEquals(workflow.node("conv1").orElseThrow().position().translate(30, 30),
                workflow.node("conv2").orElseThrow().position());
        assertEquals(java.util.Set.of("conv2"), Ui.call(() -> editor.selectedNodes()));
    }

    @Test
    void draggingANodeToTheEdgeScrollsTheCanvas() throws Exception {
        open(write("edge.nflow", workflow(node("source1", SOURCE, 40, 80))));
        Workflow workflow = editor.session().workflow();
        int visibleWidth = Ui.call(() -> editor.canvas().getClientArea().width);
        Point edge = Ui.call(() -> editor.canvas().toDisplay(editor.canvas().getClientArea().width - 6, 150));
        Process gesture = XRobot.dragAndHold(nodeOnScreen("source1"), edge, 1.5);
        XRobot.await(gesture);
        Ui.waitUntil("the node dropped", Duration.ofSeconds(5), () -> workflow.node("source1").orElseThrow().position().x() != 40);
        int x = workflow.node("source1").orElseThrow().position().x();
        assertTrue(x > visibleWidth, "held at the right edge, the canvas scrolled and the node went on beyond the first"
                + " view (" + visibleWidth + " px wide): x = " + x);
    }

    @Test
    void ctrlWheelZoomsAroundThePointer() throws Exception {
        open(write("zoom.nflow", workflow(node("source1", SOURCE, 40, 80))));
        Point anchorModel = new Point(200, 150);
        Point anchor = Ui.call(() -> editor.canvas().toScreen(anchorModel));
        XRobot.wheel(anchor, true, 3);
        Ui.waitUntil("the canvas to zoom in", Duration.ofSeconds(5), () -> Ui.call(() -> editor.canvas().zoom()) > 1.2);
        Point after = Ui.call(() -> editor.canvas().toScreen(anchorModel));
        assertTrue(Math.abs(after.x - anchor.x) <= 2 && Math.abs(after.y - anchor.y) <= 2,
                "the point under the pointer stays put: " + anchor + " -> " + after);
        Screenshots.take("14-zoomed-in");
    }

    @Test
    void whileAWireIsDrawnOnlyCompatibleInputsHighlight() throws Exception {
        open(write("highlight.nflow", workflow(node("source1", SOURCE, 40, 60), node("conv1", CONV, 330, 40),
                node("printer1", PRINTER, 330, 200))));
        Point out = portOnScreen("source1", "images", false);
        Point in = portOnScreen("conv1", "in", true);
        BooleanSupplier highlighted = () -> Ui.call(() -> editor.canvas().diagram().node("conv1").input("in").isHighlighted());
        Process gesture = XRobot.dragAndHold(out, in, 3.0);
        boolean seen = Ui.poll(Duration.ofSeconds(4), () -> highlighted.getAsBoolean() && Ui.call(() -> {
            Point pointer = Ui.display().getCursorLocation();
            return Math.abs(pointer.x - in.x) <= 2 && Math.abs(pointer.y - in.y) <= 2;
        }));
        boolean printerLit = Ui.call(() -> editor.canvas().diagram().node("printer1").input("text").isHighlighted());
        if (seen) {
            Screenshots.take("15-wire-being-drawn");
        }
        XRobot.await(gesture);
        assertTrue(seen, "the Tensor input of conv1 is highlighted while a Tensor output is dragged onto it");
        assertTrue(!printerLit, "the Text input of printer1 is not highlighted");
        Ui.waitUntil("the wire", Duration.ofSeconds(5), () -> editor.session().workflow().connections().size() == 1);
        assertTrue(!highlighted.getAsBoolean(), "highlights end with the gesture");
    }
}
