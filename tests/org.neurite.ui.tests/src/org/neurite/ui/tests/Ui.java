package org.neurite.ui.tests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Access to the running workbench from the test thread: run code on the UI thread, and wait for conditions
 * (never for fixed times) while the UI thread keeps spinning its event loop.
 */
final class Ui {

    private Ui() {
    }

    /** Waits until the workbench has a window with a page. */
    static void awaitWorkbench() {
        waitUntil("the workbench to start", Duration.ofSeconds(60), () -> PlatformUI.isWorkbenchRunning()
                && call(() -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0
                        && PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage() != null));
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** Runs on the UI thread and returns the result; exceptions are rethrown here. */
    static <T> T call(Callable<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display().syncExec(() -> {
            try {
                result.set(action.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Polls a condition until it holds; fails naming what it waited for. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        if (!poll(timeout, condition)) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
        }
    }

    /** Polls a condition until it holds or the time is up; returns whether it held. */
    static boolean poll(Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not there yet (e.g. a widget still being created)
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Waits until the UI thread has handled everything queued so far (events, async runnables, painting). */
    static void settle() {
        for (int i = 0; i < 3; i++) {
            run(() -> {
                while (display().readAndDispatch()) {
                    // drain
                }
            });
        }
    }

    /** The first control under a parent (depth first) that passes the test, or null. */
    static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Composite parent,
            java.util.function.Predicate<org.eclipse.swt.widgets.Control> test) {
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (test.test(c)) {
                return c;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                org.eclipse.swt.widgets.Control found = find(inner, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A control's centre in screen coordinates (call on the UI thread). */
    static org.eclipse.swt.graphics.Point centreOnScreen(org.eclipse.swt.widgets.Control c) {
        org.eclipse.swt.graphics.Rectangle b = c.getBounds();
        return c.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
    }
}
