package org.neurite.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.neurite.engine.file.AtomicFile;

/**
 * Measures start-up: from the start of the JVM to the first paint of an editable workflow canvas. The time is
 * printed once; with {@code -Dneurite.startup.report=FILE} it is also written to FILE and the workbench closes
 * (this is how the README's start-time measurement runs).
 */
public final class StartupTimer {

    private static long applicationStart;
    private static boolean reported;

    private StartupTimer() {
    }

    static void applicationStarted() {
        applicationStart = System.currentTimeMillis();
    }

    /** Called on the UI thread whenever an editor canvas paints for the first time. */
    public static synchronized void canvasShown() {
        if (reported) {
            return;
        }
        reported = true;
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String line = "Neurite: editable canvas " + (now - jvmStart) + " ms after JVM start ("
                + (applicationStart == 0 ? "?" : String.valueOf(now - applicationStart))
                + " ms after the application started)";
        System.out.println(line);
        String report = System.getProperty("neurite.startup.report");
        if (report != null) {
            try {
                AtomicFile.write(Path.of(report), (line + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                System.err.println("Cannot write the start-up report to " + report + ": " + e.getMessage());
            }
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }
}
