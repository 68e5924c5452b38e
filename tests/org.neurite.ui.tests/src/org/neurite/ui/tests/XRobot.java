package org.neurite.ui.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;

/**
 * Real X input through xdotool (XTest), from the test thread while the UI thread spins. SWT's Display.post does
 * not produce real button presses on GTK 3, so drag and drop cannot be driven with it. A whole gesture is one
 * xdotool process, because SWT detects a drag inside the button-press handler, while the moves arrive.
 */
final class XRobot {

    private XRobot() {
    }

    /** Press at {@code from}, move in small steps to {@code to}, release. */
    static void drag(Point from, Point to) {
        xdotool(dragGesture(from, to, 0.4));
    }

    /**
     * Starts the same gesture but holds the button for {@code holdSeconds} over the target before releasing, and
     * returns at once: the test can look at the feedback meanwhile, then {@link #await} the gesture.
     */
    static Process dragAndHold(Point from, Point to, double holdSeconds) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(dragGesture(from, to, holdSeconds));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run xdotool (install it: apt-get install xdotool): " + e.getMessage(), e);
        }
    }

    static void await(Process gesture) throws InterruptedException {
        if (!gesture.waitFor(60, TimeUnit.SECONDS) || gesture.exitValue() != 0) {
            throw new AssertionError("xdotool gesture failed");
        }
    }

    private static List<String> dragGesture(Point from, Point to, double holdSeconds) {
        List<String> args = new ArrayList<>(List.of("mousemove", str(from.x), str(from.y), "sleep", "0.3",
                "mousedown", "1", "sleep", "0.15"));
        // small moves first: they start the drag while SWT is polling for it
        for (int i = 1; i <= 4; i++) {
            args.addAll(List.of("mousemove", str(from.x + 3 * i), str(from.y + 2 * i), "sleep", "0.05"));
        }
        int steps = 12;
        Point start = new Point(from.x + 12, from.y + 8);
        for (int i = 1; i <= steps; i++) {
            int x = start.x + (to.x - start.x) * i / steps;
            int y = start.y + (to.y - start.y) * i / steps;
            args.addAll(List.of("mousemove", str(x), str(y), "sleep", "0.05"));
        }
        // settle on the target with a last small move, so the widget under it sees the final position
        args.addAll(List.of("mousemove", str(to.x + 1), str(to.y), "sleep", "0.1", "mousemove", str(to.x), str(to.y),
                "sleep", String.valueOf(holdSeconds), "mouseup", "1", "sleep", "0.2"));
        return args;
    }

    static void click(Point at) {
        xdotool(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.2", "click", "1", "sleep", "0.1"));
    }

    static void rightClick(Point at) {
        xdotool(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.2", "click", "3", "sleep", "0.3"));
    }

    static void doubleClick(Point at) {
        xdotool(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.3", "click", "--repeat", "2", "--delay",
                "80", "1", "sleep", "0.1"));
    }

    /** Moves the pointer onto a point from a little beside it, so the widget there sees motion. */
    static void hover(Point at) {
        xdotool(List.of("mousemove", str(at.x - 6), str(at.y - 4), "sleep", "0.15", "mousemove", str(at.x - 2),
                str(at.y), "sleep", "0.15", "mousemove", str(at.x), str(at.y), "sleep", "0.2"));
    }

    /** Turns the mouse wheel at a point (up zooms in with Ctrl held). */
    static void wheel(Point at, boolean withCtrl, int clicks) {
        List<String> args = new ArrayList<>(List.of("mousemove", str(at.x), str(at.y), "sleep", "0.2"));
        if (withCtrl) {
            args.addAll(List.of("keydown", "ctrl", "sleep", "0.1"));
        }
        for (int i = 0; i < clicks; i++) {
            args.addAll(List.of("click", "4", "sleep", "0.1"));
        }
        if (withCtrl) {
            args.addAll(List.of("keyup", "ctrl"));
        }
        xdotool(args);
    }

    /** Presses keys, e.g. {@code ctrl+a}, {@code ctrl+z}. */
    static void key(String... keys) {
        List<String> args = new ArrayList<>(List.of("key", "--delay", "60"));
        args.addAll(List.of(keys));
        xdotool(args);
    }

    static void type(String text) {
        xdotool(List.of("type", "--delay", "60", text));
    }

    private static String str(int v) {
        return Integer.toString(v);
    }

    private static void xdotool(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("xdotool did not finish: " + command);
            }
            String out = new String(p.getInputStream().readAllBytes());
            if (p.exitValue() != 0) {
                throw new AssertionError("xdotool failed (" + p.exitValue() + "): " + command + "\n" + out);
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run xdotool (install it: apt-get install xdotool): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while xdotool ran", e);
        }
    }
}
