package org.neurite.ui.figures;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The widget that shows a {@link Diagram}: antialiased painting, zoom and scrolling, and the conversion between
 * control pixels and model coordinates.
 */
public final class DiagramCanvas extends Canvas {

    private static final int MARGIN = 200;
    private static final int GRID = 20;

    private final Diagram diagram = new Diagram();
    private final Theme theme;
    private double zoom = 1;
    private int originX;
    private int originY;
    private Runnable firstPaint;

    public DiagramCanvas(Composite parent) {
        super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        theme = new Theme(getDisplay());
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.Dispose, e -> theme.dispose());
        getHorizontalBar().addListener(SWT.Selection, e -> {
            originX = getHorizontalBar().getSelection() + minX();
            redraw();
        });
        getVerticalBar().addListener(SWT.Selection, e -> {
            originY = getVerticalBar().getSelection() + minY();
            redraw();
        });
    }

    public Diagram diagram() {
        return diagram;
    }

    public Theme theme() {
        return theme;
    }

    /** Runs once after the canvas has painted for the first time (used to measure start-up). */
    public void onFirstPaint(Runnable action) {
        firstPaint = action;
    }

    public double zoom() {
        return zoom;
    }

    /** Zooms, keeping the model point under {@code anchor} (control pixels) in place. */
    public void setZoom(double newZoom, Point anchor) {
        double z = Math.max(0.25, Math.min(3, newZoom));
        Point model = controlToModel(anchor.x, anchor.y);
        zoom = z;
        originX = (int) Math.round(model.x * zoom - anchor.x);
        originY = (int) Math.round(model.y * zoom - anchor.y);
        updateScrollBars();
        redraw();
    }

    public void zoomBy(double factor) {
        Rectangle area = getClientArea();
        setZoom(zoom * factor, new Point(area.width / 2, area.height / 2));
    }

    /** Zooms so that every figure is visible (never above 100 %), and scrolls them into view. */
    public void zoomToFit() {
        Rectangle e = diagram.extent();
        Rectangle area = getClientArea();
        if (e.width == 0 || area.width == 0) {
            return;
        }
        zoom = Math.max(0.25, Math.min(1, Math.min((area.width - 40.0) / e.width, (area.height - 40.0) / e.height)));
        originX = (int) Math.round(e.x * zoom) - 20;
        originY = (int) Math.round(e.y * zoom) - 20;
        updateScrollBars();
        redraw();
    }

    /** Control pixels to model coordinates. */
    public Point controlToModel(int x, int y) {
        return new Point((int) Math.floor((x + originX) / zoom), (int) Math.floor((y + originY) / zoom));
    }

    /** Model coordinates to control pixels. */
    public Point modelToControl(int x, int y) {
        return new Point((int) Math.round(x * zoom) - originX, (int) Math.round(y * zoom) - originY);
    }

    /** Model coordinates to display (screen) pixels. */
    public Point toScreen(Point model) {
        Point c = modelToControl(model.x, model.y);
        return toDisplay(c.x, c.y);
    }

    /** The model point at the centre of the visible area. */
    public Point visibleCenter() {
        Rectangle area = getClientArea();
        return controlToModel(area.width / 2, area.height / 2);
    }

    /** Scrolls the view by control pixels (the canvas extends as far as it is scrolled). */
    public void scrollBy(int dx, int dy) {
        originX += dx;
        originY += dy;
        updateScrollBars();
        redraw();
    }

    /** Recomputes the scrollable range after figures moved or appeared. */
    public void updateScrollBars() {
        Rectangle area = getClientArea();
        Rectangle content = content();
        configure(getHorizontalBar(), content.width, area.width, originX - content.x);
        configure(getVerticalBar(), content.height, area.height, originY - content.y);
    }

    private static void configure(ScrollBar bar, int total, int visible, int selection) {
        bar.setValues(Math.max(0, Math.min(selection, total - visible)), 0, Math.max(total, visible),
                Math.max(1, visible), 20, Math.max(1, visible - 20));
        bar.setVisible(total > visible);
    }

    /** The scrollable area in control pixels at the current zoom, always including what is shown now. */
    private Rectangle content() {
        Rectangle e = diagram.extent();
        Rectangle area = getClientArea();
        Rectangle scaled = new Rectangle((int) Math.floor(e.x * zoom) - MARGIN, (int) Math.floor(e.y * zoom) - MARGIN,
                (int) Math.ceil(e.width * zoom) + 2 * MARGIN, (int) Math.ceil(e.height * zoom) + 2 * MARGIN);
        return scaled.union(new Rectangle(originX, originY, area.width, area.height));
    }

    private int minX() {
        return content().x;
    }

    private int minY() {
        return content().y;
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(theme.background());
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        Transform transform = new Transform(getDisplay());
        transform.translate(-originX, -originY);
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        paintGrid(gc, area);
        diagram.paint(gc, theme);
        gc.setTransform(null);
        transform.dispose();
        if (firstPaint != null) {
            Runnable action = firstPaint;
            firstPaint = null;
            getDisplay().asyncExec(action);
        }
    }

    private void paintGrid(GC gc, Rectangle area) {
        Point from = controlToModel(0, 0);
        Point to = controlToModel(area.width, area.height);
        gc.setBackground(theme.grid());
        for (int x = Math.floorDiv(from.x, GRID) * GRID; x <= to.x; x += GRID) {
            for (int y = Math.floorDiv(from.y, GRID) * GRID; y <= to.y; y += GRID) {
                gc.fillRectangle(x, y, 2, 2);
            }
        }
    }
}
