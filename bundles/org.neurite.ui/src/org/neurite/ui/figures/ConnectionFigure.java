package org.neurite.ui.figures;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;

/** A curved wire from an output port to an input port, with what travels over it written at its middle. */
public final class ConnectionFigure {

    private static final int MAX_LABEL = 22;

    private final PortFigure from;
    private final PortFigure to;
    private String label = "";
    private boolean selected;

    public ConnectionFigure(PortFigure from, PortFigure to) {
        this.from = from;
        this.to = to;
    }

    public PortFigure from() {
        return from;
    }

    public PortFigure to() {
        return to;
    }

    /** The spec summary shown on the wire, e.g. {@code [?, 12, 12, 20]}. */
    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? "" : label;
    }

    /** The label as drawn: long summaries are cut at a word, the whole text is in the wire's tooltip. */
    String shownLabel() {
        if (label.length() <= MAX_LABEL) {
            return label;
        }
        int cut = label.lastIndexOf(' ', MAX_LABEL - 1);
        return label.substring(0, cut > MAX_LABEL / 2 ? cut : MAX_LABEL - 1) + "…";
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    /** The point on the curve at parameter t (0 at the output, 1 at the input). */
    public Point pointAt(double t) {
        return Curves.pointAt(from.center(), to.center(), t);
    }

    /** Whether (x, y) lies within {@code tolerance} of the curve. */
    public boolean isNear(int x, int y, int tolerance) {
        Point previous = pointAt(0);
        for (int i = 1; i <= 40; i++) {
            Point next = pointAt(i / 40.0);
            if (Curves.distanceToSegment(x, y, previous, next) <= tolerance) {
                return true;
            }
            previous = next;
        }
        return false;
    }

    void paint(GC gc, Theme theme) {
        Point a = from.center();
        Point b = to.center();
        gc.setForeground(selected ? theme.selection() : theme.rgb(from.color()));
        gc.setLineWidth(selected ? 3 : 2);
        Path path = Curves.path(gc.getDevice(), a, b);
        gc.drawPath(path);
        path.dispose();
        gc.setLineWidth(1);
    }

    void paintLabel(GC gc, Theme theme) {
        if (label.isEmpty()) {
            return;
        }
        gc.setFont(theme.small());
        String text = shownLabel();
        Point mid = pointAt(0.5);
        Point extent = gc.textExtent(text);
        int w = extent.x + 10;
        int h = extent.y + 4;
        int cx = mid.x;
        int cy = mid.y;
        if (to.center().x - from.center().x < w + 16) {
            // nodes too close for the label between them: put it below both, with a leader to the wire
            int below = Math.max(from.node().bounds().y + from.node().bounds().height,
                    to.node().bounds().y + to.node().bounds().height);
            cy = below + 6 + h / 2;
            gc.setForeground(theme.rgb(from.color()));
            gc.setLineStyle(org.eclipse.swt.SWT.LINE_DOT);
            gc.drawLine(mid.x, mid.y, cx, cy - h / 2);
            gc.setLineStyle(org.eclipse.swt.SWT.LINE_SOLID);
        }
        gc.setBackground(theme.rgb(0xFFFFFF));
        gc.fillRoundRectangle(cx - w / 2, cy - h / 2, w, h, 8, 8);
        gc.setForeground(theme.rgb(from.color()));
        gc.drawRoundRectangle(cx - w / 2, cy - h / 2, w, h, 8, 8);
        gc.setForeground(theme.text());
        gc.drawText(text, cx - extent.x / 2, cy - extent.y / 2, true);
    }
}
