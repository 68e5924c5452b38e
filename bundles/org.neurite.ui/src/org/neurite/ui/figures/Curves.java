package org.neurite.ui.figures;

import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;

/** The cubic Bezier every wire follows: it leaves an output to the right and enters an input from the left. */
final class Curves {

    private Curves() {
    }

    private static int pull(Point a, Point b) {
        return Math.max(40, Math.abs(b.x - a.x) / 2);
    }

    static Path path(Device device, Point a, Point b) {
        int pull = pull(a, b);
        Path path = new Path(device);
        path.moveTo(a.x, a.y);
        path.cubicTo(a.x + pull, a.y, b.x - pull, b.y, b.x, b.y);
        return path;
    }

    static Point pointAt(Point a, Point b, double t) {
        int pull = pull(a, b);
        double[] xs = { a.x, a.x + pull, b.x - pull, b.x };
        double[] ys = { a.y, a.y, b.y, b.y };
        double u = 1 - t;
        double x = u * u * u * xs[0] + 3 * u * u * t * xs[1] + 3 * u * t * t * xs[2] + t * t * t * xs[3];
        double y = u * u * u * ys[0] + 3 * u * u * t * ys[1] + 3 * u * t * t * ys[2] + t * t * t * ys[3];
        return new Point((int) Math.round(x), (int) Math.round(y));
    }

    static double distanceToSegment(int x, int y, Point p, Point q) {
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / lengthSquared));
        double cx = p.x + t * dx - x;
        double cy = p.y + t * dy - y;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
