package org.neurite.ui.figures;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/** A text note on the canvas (a workflow annotation), with a grip in its bottom right corner to resize it. */
public final class NoteFigure {

    private final String id;
    private final String text;
    private final Rectangle bounds;

    public NoteFigure(String id, String text, Rectangle bounds) {
        this.id = id;
        this.text = text;
        this.bounds = new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height);
    }

    public String id() {
        return id;
    }

    /** Moves the note's top left corner (while it is dragged). */
    public void setLocation(int x, int y) {
        bounds.x = x;
        bounds.y = y;
    }

    public static final int GRIP = 10;
    public static final int MIN_WIDTH = 80;
    public static final int MIN_HEIGHT = 30;

    /** Resizes the note (while its grip is dragged), never below the smallest useful size. */
    public void setSize(int width, int height) {
        bounds.width = Math.max(MIN_WIDTH, width);
        bounds.height = Math.max(MIN_HEIGHT, height);
    }

    /** Whether a model point is on the resize grip. */
    public boolean gripContains(int x, int y) {
        return x >= bounds.x + bounds.width - GRIP && x <= bounds.x + bounds.width
                && y >= bounds.y + bounds.height - GRIP && y <= bounds.y + bounds.height;
    }

    public Rectangle bounds() {
        return new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height);
    }

    void paint(GC gc, Theme theme) {
        gc.setBackground(theme.rgb(0xFFF9DB));
        gc.fillRectangle(bounds);
        gc.setForeground(theme.rgb(0xE2C766));
        gc.drawRectangle(bounds);
        gc.setFont(theme.normal());
        gc.setForeground(theme.text());
        int lineHeight = gc.getFontMetrics().getHeight();
        int y = bounds.y + 4;
        for (String line : Wrap.lines(gc, text, bounds.width - 10)) {
            if (y + lineHeight > bounds.y + bounds.height) {
                break;
            }
            gc.drawText(line, bounds.x + 5, y, true);
            y += lineHeight;
        }
        gc.setForeground(theme.rgb(0xC9A93E));
        int right = bounds.x + bounds.width - 2;
        int bottom = bounds.y + bounds.height - 2;
        for (int d = 3; d < GRIP; d += 3) {
            gc.drawLine(right - d, bottom, right, bottom - d);
        }
    }
}
