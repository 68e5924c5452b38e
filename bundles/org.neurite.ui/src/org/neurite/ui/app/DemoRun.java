package org.neurite.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;
import org.neurite.ui.views.ViewIds;

/**
 * Runs an opened workflow unattended and photographs the workbench when the run has ended: status lights, shapes
 * on wires and the training chart, as a user would see them. Started by {@code -Dneurite.demo.screenshot=FILE}
 * (with {@code -Dneurite.demo.exit=true} the workbench closes afterwards); used for documentation and release
 * checks, e.g. {@code neurite-workbench examples/mnist-lenet.nflow}.
 */
public final class DemoRun {

    private DemoRun() {
    }

    /** Executes every node of the editor's workflow; when the run ends, writes a PNG of the window to {@code png}. */
    public static void start(WorkflowEditor editor, Path png, boolean exitAfterwards) {
        WorkflowSession session = editor.session();
        Display display = editor.getSite().getShell().getDisplay();
        session.addListener(new Consumer<>() {
            @Override
            public void accept(ExecutionEvent event) {
                if (!(event instanceof ExecutionEvent.RunFinished finished)) {
                    return;
                }
                session.removeListener(this);
                var result = finished.result();
                System.out.println("Neurite: run finished: " + result.executed().size() + " executed, "
                        + result.failed().size() + " failed, " + result.skipped().size() + " skipped"
                        + (result.cancelled() ? ", cancelled" : ""));
                result.failed().values().forEach(m -> System.out.println("Neurite: failed: " + m));
                showTrainingMonitor(editor, session);
                // let the views and charts catch up with the last events before the picture is taken
                display.timerExec(1500, () -> {
                    photograph(editor.getSite().getShell(), png);
                    if (exitAfterwards) {
                        PlatformUI.getWorkbench().close();
                    }
                });
            }
        });
        editor.executeAll();
    }

    private static void showTrainingMonitor(WorkflowEditor editor, WorkflowSession session) {
        try {
            editor.getSite().getPage().showView(ViewIds.MONITOR);
        } catch (PartInitException e) {
            return; // the picture is still worth taking without the monitor
        }
        List<String> trained = session.nodesWithMetrics();
        editor.getSite().getPage().activate(editor);
        if (!trained.isEmpty()) {
            editor.select(List.of(trained.get(trained.size() - 1)), List.of());
        }
    }

    /** Copies what the shell shows on the screen into a PNG file. */
    static void photograph(Shell shell, Path png) {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // paint everything pending first
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Files.createDirectories(png.toAbsolutePath().getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
            System.out.println("Neurite: screenshot of the finished run written to " + png);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Neurite: cannot write the screenshot " + png + ": " + e.getMessage());
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
