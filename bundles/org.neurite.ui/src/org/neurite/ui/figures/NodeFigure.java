package org.neurite.ui.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A node drawn as a card: a header with icon, type name and status light, the user's label, a note (e.g. a
 * parameter count) and ports on the left (inputs) and right (outputs). Knows nothing of the workflow model.
 */
public final class NodeFigure {

    public static final int WIDTH = 144;
    private static final int HEADER = 24;
    private static final int PORT_TOP = 54;
    private static final int PORT_STEP = 20;
    private static final int ARC = 10;

    private final String id;
    private final String typeName;
    private final Image icon;
    private final List<PortFigure> inputs = new ArrayList<>();
    private final List<PortFigure> outputs = new ArrayList<>();
    private int x;
    private int y;
    private String label = "";
    private String note = "";
    private String message = "";
    private Status status = Status.UNCONFIGURED;
    private double progress;
    private boolean selected;

    public NodeFigure(String id, String typeName, Image icon) {
        this.id = id;
        this.typeName = typeName;
        this.icon = icon;
    }

    public PortFigure addInput(String portId, String portLabel, String tip, int color) {
        PortFigure port = new PortFigure(this, portId, portLabel, tip, color, true, inputs.size());
        inputs.add(port);
        return port;
    }

    public PortFigure addOutput(String portId, String portLabel, String tip, int color) {
        PortFigure port = new PortFigure(this, portId, portLabel, tip, color, false, outputs.size());
        outputs.add(port);
        return port;
    }

    public String id() {
        return id;
    }

    public List<PortFigure> inputs() {
        return inputs;
    }

    public List<PortFigure> outputs() {
        return outputs;
    }

    public PortFigure input(String portId) {
        return inputs.stream().filter(p -> p.id().equals(portId)).findFirst().orElse(null);
    }

    public PortFigure output(String portId) {
        return outputs.stream().filter(p -> p.id().equals(portId)).findFirst().orElse(null);
    }

    public void setLocation(int newX, int newY) {
        x = newX;
        y = newY;
    }

    public Point location() {
        return new Point(x, y);
    }

    public Rectangle bounds() {
        int ports = Math.max(inputs.size(), outputs.size());
        int height = PORT_TOP + Math.max(1, ports) * PORT_STEP + 16;
        return new Rectangle(x, y, WIDTH, height);
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Why the node is unconfigured or failed; shown on hover. */
    public String message() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message == null ? "" : message;
    }

    public Status status() {
        return status;
    }

    public void setStatus(Status status, double progress) {
        this.status = status;
        this.progress = progress;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }

    Point portCenter(boolean input, int index) {
        return new Point(input ? x : x + WIDTH, y + PORT_TOP + index * PORT_STEP + PORT_STEP / 2);
    }

    /** The status light's centre, for hit-testing its tooltip. */
    public Point statusLight() {
        return new Point(x + WIDTH - 14, y + HEADER / 2);
    }

    public boolean contains(int px, int py) {
        return bounds().contains(px, py);
    }

    public PortFigure portAt(int px, int py) {
        for (PortFigure p : inputs) {
            if (p.contains(px, py)) {
                return p;
            }
        }
        for (PortFigure p : outputs) {
            if (p.contains(px, py)) {
                return p;
            }
        }
        return null;
    }

    void paint(GC gc, Theme theme) {
        Rectangle b = bounds();
        // shadow, body, header
        gc.setAlpha(40);
        gc.setBackground(theme.rgb(0x000000));
        gc.fillRoundRectangle(b.x + 2, b.y + 3, b.width, b.height, ARC, ARC);
        gc.setAlpha(255);
        gc.setBackground(theme.nodeFill());
        gc.fillRoundRectangle(b.x, b.y, b.width, b.height, ARC, ARC);
        gc.setBackground(theme.nodeHeader());
        gc.fillRoundRectangle(b.x, b.y, b.width, HEADER, ARC, ARC);
        gc.fillRectangle(b.x, b.y + HEADER - ARC, b.width, ARC);
        gc.setForeground(selected ? theme.selection() : theme.nodeBorder());
        gc.setLineWidth(selected ? 2 : 1);
        gc.drawRoundRectangle(b.x, b.y, b.width, b.height, ARC, ARC);
        gc.setLineWidth(1);
        gc.drawLine(b.x, b.y + HEADER, b.x + b.width, b.y + HEADER);

        int textLeft = b.x + 8;
        if (icon != null) {
            Rectangle ib = icon.getBounds();
            gc.drawImage(icon, 0, 0, ib.width, ib.height, b.x + 6, b.y + (HEADER - 16) / 2, 16, 16);
            textLeft = b.x + 26;
        }
        int titleWidth = b.x + b.width - 24 - textLeft;
        gc.setFont(theme.bold());
        if (gc.textExtent(typeName).x > titleWidth) {
            gc.setFont(theme.normal()); // a long type name reads better whole than bold and cut
        }
        if (gc.textExtent(typeName).x > titleWidth) {
            gc.setFont(theme.small());
        }
        gc.setForeground(theme.text());
        drawClipped(gc, typeName, textLeft, b.y + (HEADER - gc.getFontMetrics().getHeight()) / 2, titleWidth);

        paintStatusLight(gc, theme);

        gc.setFont(theme.normal());
        gc.setForeground(theme.text());
        int lineHeight = gc.getFontMetrics().getHeight();
        drawClipped(gc, label, b.x + 14, b.y + HEADER + 4, b.width - 28);

        gc.setFont(theme.small());
        gc.setForeground(theme.mutedText());
        for (PortFigure p : inputs) {
            paintPort(gc, theme, p);
        }
        for (PortFigure p : outputs) {
            paintPort(gc, theme, p);
        }
        if (!note.isEmpty()) {
            gc.setFont(theme.small());
            gc.setForeground(theme.mutedText());
            Point extent = gc.textExtent(note);
            drawClipped(gc, note, b.x + Math.max(8, (b.width - extent.x) / 2), b.y + b.height - extent.y - 5,
                    b.width - 16);
        }
        if (status == Status.EXECUTING) {
            int barWidth = (int) Math.round((b.width - 16) * Math.max(0.03, progress));
            gc.setBackground(theme.rgb(0xDCE6F5));
            gc.fillRoundRectangle(b.x + 8, b.y + HEADER + lineHeight + 6, b.width - 16, 5, 4, 4);
            gc.setBackground(theme.rgb(Status.EXECUTING.color()));
            gc.fillRoundRectangle(b.x + 8, b.y + HEADER + lineHeight + 6, barWidth, 5, 4, 4);
        }
    }

    private void paintStatusLight(GC gc, Theme theme) {
        Point c = statusLight();
        gc.setBackground(theme.rgb(status.color()));
        gc.fillOval(c.x - 5, c.y - 5, 10, 10);
        gc.setForeground(theme.rgb(0x3A3F4B));
        gc.drawOval(c.x - 5, c.y - 5, 10, 10);
        if (status == Status.UNCONFIGURED || status == Status.FAILED) {
            gc.setForeground(theme.rgb(0xFFFFFF));
            gc.setLineWidth(status == Status.FAILED ? 2 : 1);
            gc.drawLine(c.x - 2, c.y - 2, c.x + 2, c.y + 2);
            gc.drawLine(c.x - 2, c.y + 2, c.x + 2, c.y - 2);
            gc.setLineWidth(1);
        }
    }

    private static void paintPort(GC gc, Theme theme, PortFigure p) {
        Point c = p.center();
        int r = PortFigure.RADIUS;
        if (p.isHighlighted()) {
            gc.setBackground(theme.compatible());
            gc.setAlpha(70);
            gc.fillOval(c.x - r - 5, c.y - r - 5, 2 * r + 10, 2 * r + 10);
            gc.setAlpha(255);
        }
        gc.setBackground(theme.rgb(p.color()));
        gc.fillOval(c.x - r, c.y - r, 2 * r, 2 * r);
        gc.setForeground(p.isHighlighted() ? theme.compatible() : theme.rgb(0x3A3F4B));
        gc.setLineWidth(p.isHighlighted() ? 2 : 1);
        gc.drawOval(c.x - r, c.y - r, 2 * r, 2 * r);
        gc.setLineWidth(1);
        gc.setForeground(theme.mutedText());
        int room = WIDTH / 2 - r - 8;
        Point extent = gc.textExtent(p.label());
        int width = Math.min(room, extent.x);
        int textX = p.isInput() ? c.x + r + 4 : c.x - r - 4 - width;
        drawClipped(gc, p.label(), textX, c.y - extent.y / 2, room);
    }

    private static void drawClipped(GC gc, String text, int tx, int ty, int maxWidth) {
        String shown = text;
        if (gc.textExtent(shown).x > maxWidth) {
            while (shown.length() > 1 && gc.textExtent(shown + "…").x > maxWidth) {
                shown = shown.substring(0, shown.length() - 1);
            }
            shown = shown + "…";
        }
        gc.drawText(shown, tx, ty, true);
    }
}
