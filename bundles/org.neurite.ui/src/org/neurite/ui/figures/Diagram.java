package org.neurite.ui.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The scene: node figures, wires, notes and the transient feedback of a gesture (a wire being drawn, a
 * selection rectangle, a refusal message). Paints in model coordinates and answers what lies under a point.
 */
public final class Diagram {

    private final Map<String, NodeFigure> nodes = new LinkedHashMap<>();
    private final List<ConnectionFigure> connections = new ArrayList<>();
    private final List<NoteFigure> notes = new ArrayList<>();
    private Point wireStart;
    private Point wireEnd;
    private int wireColor;
    private Rectangle band;
    private String bubble;
    private Point bubbleAt;

    public Map<String, NodeFigure> nodes() {
        return nodes;
    }

    public NodeFigure node(String id) {
        return nodes.get(id);
    }

    public void add(NodeFigure figure) {
        nodes.put(figure.id(), figure);
    }

    public void remove(String nodeId) {
        nodes.remove(nodeId);
        connections.removeIf(c -> c.from().node().id().equals(nodeId) || c.to().node().id().equals(nodeId));
    }

    public List<ConnectionFigure> connections() {
        return connections;
    }

    public List<NoteFigure> notes() {
        return notes;
    }

    public void clear() {
        nodes.clear();
        connections.clear();
        notes.clear();
    }

    // ---- gesture feedback

    /** Shows a wire being drawn from a port to the mouse; {@code null} start hides it. */
    public void setWireFeedback(Point start, Point end, int color) {
        wireStart = start;
        wireEnd = end;
        wireColor = color;
    }

    public void setSelectionBand(Rectangle rectangle) {
        band = rectangle;
    }

    /** A message near a point, e.g. why a wire was refused; {@code null} hides it. */
    public void setBubble(String message, Point at) {
        bubble = message;
        bubbleAt = at;
    }

    public String bubble() {
        return bubble;
    }

    // ---- hit testing (model coordinates)

    public PortFigure portAt(int x, int y) {
        List<NodeFigure> topFirst = new ArrayList<>(nodes.values());
        java.util.Collections.reverse(topFirst);
        for (NodeFigure n : topFirst) {
            PortFigure p = n.portAt(x, y);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    public NodeFigure nodeAt(int x, int y) {
        NodeFigure hit = null;
        for (NodeFigure n : nodes.values()) {
            if (n.contains(x, y)) {
                hit = n; // later figures are drawn on top
            }
        }
        return hit;
    }

    /** The note under a model point (the one drawn last when they overlap), or null. */
    public NoteFigure noteAt(int x, int y) {
        NoteFigure hit = null;
        for (NoteFigure n : notes) {
            if (n.bounds().contains(x, y)) {
                hit = n;
            }
        }
        return hit;
    }

    public ConnectionFigure connectionAt(int x, int y) {
        for (ConnectionFigure c : connections) {
            if (c.isNear(x, y, 5)) {
                return c;
            }
        }
        return null;
    }

    /** The smallest rectangle holding every figure, or an empty one at the origin. */
    public Rectangle extent() {
        Rectangle all = null;
        for (NodeFigure n : nodes.values()) {
            all = all == null ? n.bounds() : all.union(n.bounds());
        }
        for (NoteFigure n : notes) {
            all = all == null ? n.bounds() : all.union(n.bounds());
        }
        return all == null ? new Rectangle(0, 0, 0, 0) : all;
    }

    void paint(GC gc, Theme theme) {
        notes.forEach(n -> n.paint(gc, theme));
        connections.forEach(c -> c.paint(gc, theme));
        if (wireStart != null) {
            gc.setForeground(theme.rgb(wireColor));
            gc.setLineWidth(2);
            gc.setLineStyle(SWT.LINE_DASH);
            var path = Curves.path(gc.getDevice(), wireStart, wireEnd);
            gc.drawPath(path);
            path.dispose();
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
        }
        nodes.values().forEach(n -> n.paint(gc, theme));
        connections.forEach(c -> c.paintLabel(gc, theme));
        if (band != null) {
            gc.setAlpha(40);
            gc.setBackground(theme.selection());
            gc.fillRectangle(band);
            gc.setAlpha(255);
            gc.setForeground(theme.selection());
            gc.drawRectangle(band);
        }
        if (bubble != null) {
            paintBubble(gc, theme);
        }
    }

    private void paintBubble(GC gc, Theme theme) {
        gc.setFont(theme.normal());
        int maxWidth = 340;
        List<String> lines = Wrap.lines(gc, bubble, maxWidth);
        int lineHeight = gc.getFontMetrics().getHeight();
        int w = lines.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0) + 16;
        int h = lines.size() * lineHeight + 12;
        int x = bubbleAt.x + 12;
        int y = bubbleAt.y + 12;
        gc.setBackground(theme.bubbleFill());
        gc.fillRoundRectangle(x, y, w, h, 8, 8);
        gc.setForeground(theme.refused());
        gc.drawRoundRectangle(x, y, w, h, 8, 8);
        gc.setForeground(theme.text());
        for (int i = 0; i < lines.size(); i++) {
            gc.drawText(lines.get(i), x + 8, y + 6 + i * lineHeight, true);
        }
    }
}
