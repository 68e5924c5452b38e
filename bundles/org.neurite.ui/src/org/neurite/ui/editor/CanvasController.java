package org.neurite.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.editing.Connect;
import org.neurite.ui.editing.MoveNodes;
import org.neurite.ui.figures.ConnectionFigure;
import org.neurite.ui.figures.Diagram;
import org.neurite.ui.figures.DiagramCanvas;
import org.neurite.ui.figures.NodeFigure;
import org.neurite.ui.figures.NoteFigure;
import org.neurite.ui.figures.PortFigure;

/**
 * Turns mouse gestures on the canvas into selections and edits: click and rectangle selection, moving nodes,
 * drawing a wire from an output port to an input port (refused with the reason when the ports do not fit),
 * double-click to configure, moving and resizing a note and double-click to edit its text, Ctrl+wheel to zoom;
 * a drag near an edge of the view scrolls the canvas.
 */
final class CanvasController {

    private enum Gesture {
        NONE, WIRING, MOVING, MOVING_NOTE, RESIZING_NOTE, BANDING
    }

    private static final int DRAG_THRESHOLD = 3;
    /** Near an edge of the view (or beyond it) a drag scrolls the canvas: this close, this far per step. */
    private static final int SCROLL_EDGE = 24;
    private static final int SCROLL_STEP = 20;
    private static final int SCROLL_MILLIS = 40;

    private final WorkflowEditor editor;
    private final DiagramCanvas canvas;
    private final Diagram diagram;
    private Gesture gesture = Gesture.NONE;
    private Point start;
    private PortFigure wireFrom;
    private boolean moved;
    private final Map<String, Point> startLocations = new HashMap<>();
    private String lastRefusal;
    private NoteFigure movingNote;
    private Point noteStart; // the dragged note's top left corner, or its size when its grip is dragged
    private Point contextPoint = new Point(0, 0);
    private String contextNote;
    private final Point pointer = new Point(0, 0);
    private boolean autoScrolling;

    CanvasController(WorkflowEditor editor, DiagramCanvas canvas) {
        this.editor = editor;
        this.canvas = canvas;
        this.diagram = canvas.diagram();
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
    }

    /** The message of the last wire the canvas refused, or null. */
    String lastRefusal() {
        return lastRefusal;
    }

    private Workflow workflow() {
        return editor.session().workflow();
    }

    /** Where the context menu was last asked for (model coordinates), and the note there (or null). */
    Point contextPoint() {
        return new Point(contextPoint.x, contextPoint.y);
    }

    String contextNote() {
        return contextNote;
    }

    private void mouseDown(Event e) {
        if (e.button == 3) {
            // the context menu acts on the node under the pointer
            Point p = canvas.controlToModel(e.x, e.y);
            contextPoint = p;
            NodeFigure node = diagram.nodeAt(p.x, p.y);
            NoteFigure note = diagram.noteAt(p.x, p.y);
            contextNote = node == null && note != null ? note.id() : null;
            if (node != null && !editor.selectedNodes().contains(node.id())) {
                editor.select(Set.of(node.id()), Set.of());
            }
            return;
        }
        if (e.button != 1) {
            return;
        }
        canvas.setFocus();
        canvas.setToolTipText(null); // a tooltip would cover what the gesture is about
        diagram.setBubble(null, null);
        Point p = canvas.controlToModel(e.x, e.y);
        start = p;
        moved = false;
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        PortFigure port = diagram.portAt(p.x, p.y);
        if (port != null && !port.isInput()) {
            beginWire(port);
            return;
        }
        NodeFigure node = diagram.nodeAt(p.x, p.y);
        if (node != null) {
            Set<String> selected = new LinkedHashSet<>(editor.selectedNodes());
            if (toggle) {
                if (!selected.remove(node.id())) {
                    selected.add(node.id());
                }
            } else if (!selected.contains(node.id())) {
                selected = Set.of(node.id());
            }
            editor.select(selected, Set.of());
            startLocations.clear();
            for (String id : editor.selectedNodes()) {
                NodeFigure f = diagram.node(id);
                if (f != null) {
                    startLocations.put(id, f.location());
                }
            }
            gesture = Gesture.MOVING;
            return;
        }
        ConnectionFigure wire = diagram.connectionAt(p.x, p.y);
        if (wire != null) {
            editor.select(Set.of(), Set.of(connectionOf(wire)));
            return;
        }
        NoteFigure note = diagram.noteAt(p.x, p.y);
        if (note != null) {
            editor.select(Set.of(), Set.of());
            movingNote = note;
            Rectangle b = note.bounds();
            boolean grip = note.gripContains(p.x, p.y);
            noteStart = grip ? new Point(b.width, b.height) : new Point(b.x, b.y);
            gesture = grip ? Gesture.RESIZING_NOTE : Gesture.MOVING_NOTE;
            return;
        }
        if (!toggle) {
            editor.select(Set.of(), Set.of());
        }
        gesture = Gesture.BANDING;
    }

    private void beginWire(PortFigure from) {
        gesture = Gesture.WIRING;
        wireFrom = from;
        String fromNode = from.node().id();
        for (NodeFigure n : diagram.nodes().values()) {
            for (PortFigure in : n.inputs()) {
                boolean fits = workflow().checkConnection(fromNode, from.id(), n.id(), in.id()).isEmpty();
                in.setHighlighted(fits);
            }
        }
        diagram.setWireFeedback(from.center(), from.center(), from.color());
        canvas.redraw();
    }

    private void mouseMove(Event e) {
        pointer.x = e.x;
        pointer.y = e.y;
        boolean dragging = gesture == Gesture.WIRING || gesture == Gesture.BANDING || gesture != Gesture.NONE && moved;
        if (dragging && !autoScrolling && !edgeDirection().equals(new Point(0, 0))) {
            autoScrolling = true;
            canvas.getDisplay().timerExec(SCROLL_MILLIS, this::autoScroll);
        }
        Point p = canvas.controlToModel(e.x, e.y);
        switch (gesture) {
            case WIRING -> {
                diagram.setWireFeedback(wireFrom.center(), p, wireFrom.color());
                canvas.redraw();
            }
            case MOVING -> {
                if (!dragged(p)) {
                    return;
                }
                int dx = p.x - start.x;
                int dy = p.y - start.y;
                startLocations.forEach((id, at) -> {
                    NodeFigure f = diagram.node(id);
                    if (f != null) {
                        f.setLocation(at.x + dx, at.y + dy);
                    }
                });
                canvas.redraw();
            }
            case MOVING_NOTE, RESIZING_NOTE -> {
                if (!dragged(p)) {
                    return;
                }
                int dx = p.x - start.x;
                int dy = p.y - start.y;
                if (gesture == Gesture.MOVING_NOTE) {
                    movingNote.setLocation(noteStart.x + dx, noteStart.y + dy);
                } else {
                    movingNote.setSize(noteStart.x + dx, noteStart.y + dy);
                }
                canvas.redraw();
            }
            case BANDING -> {
                diagram.setSelectionBand(band(p));
                canvas.redraw();
            }
            default -> updateTooltip(p);
        }
    }

    /** Whether the pointer has gone far enough from where the button went down to make this a drag. */
    private boolean dragged(Point p) {
        moved = moved || Math.abs(p.x - start.x) + Math.abs(p.y - start.y) >= DRAG_THRESHOLD;
        return moved;
    }

    /** Which way to scroll while the pointer is near or beyond an edge of the view during a drag. */
    private Point edgeDirection() {
        Rectangle area = canvas.getClientArea();
        int dx = pointer.x < SCROLL_EDGE ? -SCROLL_STEP : pointer.x > area.width - SCROLL_EDGE ? SCROLL_STEP : 0;
        int dy = pointer.y < SCROLL_EDGE ? -SCROLL_STEP : pointer.y > area.height - SCROLL_EDGE ? SCROLL_STEP : 0;
        return new Point(dx, dy);
    }

    /** One scroll step, repeated while the drag stays at the edge; what is dragged follows the pointer. */
    private void autoScroll() {
        autoScrolling = false;
        if (canvas.isDisposed() || gesture == Gesture.NONE) {
            return;
        }
        Point d = edgeDirection();
        if (d.x == 0 && d.y == 0) {
            return;
        }
        canvas.scrollBy(d.x, d.y);
        Event again = new Event();
        again.x = pointer.x;
        again.y = pointer.y;
        mouseMove(again);
    }

    private Rectangle band(Point p) {
        return new Rectangle(Math.min(start.x, p.x), Math.min(start.y, p.y), Math.abs(p.x - start.x),
                Math.abs(p.y - start.y));
    }

    private void mouseUp(Event e) {
        if (e.button != 1) {
            return;
        }
        Point p = canvas.controlToModel(e.x, e.y);
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        switch (ended) {
            case WIRING -> finishWire(p);
            case MOVING -> {
                if (moved) {
                    finishMove();
                }
            }
            case MOVING_NOTE, RESIZING_NOTE -> {
                if (moved) {
                    editor.placeAnnotation(movingNote.id(), movingNote.bounds());
                }
                movingNote = null;
            }
            case BANDING -> {
                Rectangle r = band(p);
                diagram.setSelectionBand(null);
                Set<String> inside = new LinkedHashSet<>(
                        (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? editor.selectedNodes() : Set.of());
                diagram.nodes().values().stream().filter(n -> n.bounds().intersects(r)).forEach(n -> inside.add(n.id()));
                editor.select(inside, Set.of());
            }
            default -> {
            }
        }
        canvas.redraw();
    }

    private void finishWire(Point p) {
        PortFigure from = wireFrom;
        wireFrom = null;
        diagram.setWireFeedback(null, null, 0);
        diagram.nodes().values().forEach(n -> n.inputs().forEach(in -> in.setHighlighted(false)));
        PortFigure target = diagram.portAt(p.x, p.y);
        if (target == null) {
            NodeFigure node = diagram.nodeAt(p.x, p.y);
            if (node != null && node.inputs().size() == 1 && node != from.node()) {
                target = node.inputs().get(0);
            }
        }
        if (target == null || !target.isInput()) {
            return;
        }
        Optional<String> problem = workflow().checkConnection(from.node().id(), from.id(), target.node().id(),
                target.id());
        if (problem.isPresent()) {
            refuse(problem.get(), p);
            return;
        }
        editor.perform(new Connect(new Connection(from.node().id(), from.id(), target.node().id(), target.id())));
    }

    private void refuse(String message, Point at) {
        lastRefusal = message;
        diagram.setBubble(message, at);
        canvas.setToolTipText(message);
        canvas.redraw();
        canvas.getDisplay().timerExec(8000, () -> {
            if (!canvas.isDisposed() && message.equals(diagram.bubble())) {
                diagram.setBubble(null, null);
                canvas.setToolTipText(null);
                canvas.redraw();
            }
        });
    }

    private void finishMove() {
        Map<String, Position> from = new HashMap<>();
        Map<String, Position> to = new HashMap<>();
        startLocations.forEach((id, at) -> {
            NodeFigure f = diagram.node(id);
            if (f != null) {
                from.put(id, new Position(at.x, at.y));
                to.put(id, new Position(f.location().x, f.location().y));
            }
        });
        if (!to.isEmpty()) {
            editor.perform(new MoveNodes(from, to));
        }
    }

    private void doubleClick(Event e) {
        if (e.button != 1) {
            return;
        }
        gesture = Gesture.NONE;
        Point p = canvas.controlToModel(e.x, e.y);
        NodeFigure node = diagram.nodeAt(p.x, p.y);
        if (node != null && diagram.portAt(p.x, p.y) == null) {
            editor.select(Set.of(node.id()), Set.of());
            canvas.getDisplay().asyncExec(() -> editor.configure(node.id()));
            return;
        }
        NoteFigure note = diagram.noteAt(p.x, p.y);
        if (note != null) {
            canvas.getDisplay().asyncExec(() -> editor.editAnnotation(note.id()));
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            canvas.setZoom(canvas.zoom() * (e.count > 0 ? 1.1 : 1 / 1.1), new Point(e.x, e.y));
        }
    }

    private void updateTooltip(Point p) {
        String tip = null;
        if (diagram.bubble() != null) {
            tip = diagram.bubble();
        } else {
            PortFigure port = diagram.portAt(p.x, p.y);
            NodeFigure node = diagram.nodeAt(p.x, p.y);
            if (port != null) {
                tip = port.tip();
            } else if (node != null) {
                WorkflowNode model = workflow().node(node.id()).orElse(null);
                String name = model == null ? node.id() : model.describe();
                tip = name + "\nStatus: " + node.status().text()
                        + (node.message().isEmpty() ? "" : "\n" + node.message());
            } else {
                ConnectionFigure wire = diagram.connectionAt(p.x, p.y);
                if (wire != null && !wire.label().isEmpty()) {
                    tip = editor.specDetails(wire);
                }
            }
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    static Connection connectionOf(ConnectionFigure wire) {
        return new Connection(wire.from().node().id(), wire.from().id(), wire.to().node().id(), wire.to().id());
    }
}
