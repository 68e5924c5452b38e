package org.neurite.ui.figures;

import org.eclipse.swt.graphics.Point;

/** One port drawn on the edge of a node figure. */
public final class PortFigure {

    public static final int RADIUS = 6;

    private final NodeFigure node;
    private final String id;
    private final String label;
    private final String tip;
    private final int color;
    private final boolean input;
    private final int index;
    private boolean highlighted;

    PortFigure(NodeFigure node, String id, String label, String tip, int color, boolean input, int index) {
        this.node = node;
        this.id = id;
        this.label = label;
        this.tip = tip;
        this.color = color;
        this.input = input;
        this.index = index;
    }

    public NodeFigure node() {
        return node;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** What a tooltip says about this port. */
    public String tip() {
        return tip;
    }

    public int color() {
        return color;
    }

    public boolean isInput() {
        return input;
    }

    public int index() {
        return index;
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    public void setHighlighted(boolean highlighted) {
        this.highlighted = highlighted;
    }

    /** The port's centre in model coordinates. */
    public Point center() {
        return node.portCenter(input, index);
    }

    public boolean contains(int x, int y) {
        Point c = center();
        int reach = RADIUS + 4;
        return Math.abs(x - c.x) <= reach && Math.abs(y - c.y) <= reach;
    }
}
