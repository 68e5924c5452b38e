package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.neurite.ui.editor.RecentFiles;
import org.neurite.ui.editor.WorkflowEditor;

/** The menus, driven from the keyboard as a user would: File > Open with the file dialog, File > Open Recent. */
class MenuTest extends WorkbenchTest {

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/resources/fixtures/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static WorkflowEditor activeWorkflowEditor() {
        IEditorPart editor = Ui.call(() -> Ui.page().getActiveEditor());
        return editor instanceof WorkflowEditor w ? w : null;
    }

    private static boolean editorOpenOn(Path file) {
        WorkflowEditor active = activeWorkflowEditor();
        return active != null && file.equals(Ui.call(active::file));
    }

    /** Waits for a top-level X window with this title and gives it the keyboard (there is no window manager). */
    private static void focusWindow(String title) throws Exception {
        Ui.waitUntil("a window titled " + title, Duration.ofSeconds(15), () -> {
            try {
                Process p = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title, "windowfocus",
                        "--sync").redirectErrorStream(true).start();
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** The tool tips of every tool bar button of the workbench window. */
    private static List<String> toolTips(org.eclipse.swt.widgets.Composite parent) {
        List<String> tips = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if (item.getToolTipText() != null) {
                        tips.add(item.getToolTipText());
                    }
                }
            } else if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                tips.addAll(toolTips(inner));
            }
        }
        return tips;
    }

    @Test
    void theToolBarOffersFilesAndRuns() {
        List<String> tips = Ui.call(() -> toolTips(Ui.window().getShell()));
        for (String expected : List.of("New Workflow", "Open Workflow", "Save", "Execute the selected",
                "Execute every node", "Reset the selected", "Cancel everything", "Ask the selected running node")) {
            assertTrue(tips.stream().anyMatch(t -> t.replace("&", "").startsWith(expected)),
                    "a tool bar button for '" + expected + "' in " + tips);
        }
    }

    @Test
    void fileOpenShowsTheFileDialogAndOpensTheChosenWorkflow() throws Exception {
        Path file = fixture("small-convnet.nflow");
        focusWindow("Neurite");
        XRobot.key("alt+f", "o");
        focusWindow("Open Workflow");
        XRobot.type(file.toString());
        XRobot.key("Return");
        Ui.waitUntil("the chosen workflow in an editor", Duration.ofSeconds(20), () -> editorOpenOn(file));
        editor = activeWorkflowEditor();
        assertEquals(3, editor.session().workflow().nodes().size());
        Ui.waitUntil("the shape on the wire out of conv1", Duration.ofSeconds(5),
                () -> "[?, 24, 24, 20]".equals(wireLabel("conv1")));
        assertEquals(file, RecentFiles.list().get(0), "opened files head Open Recent");
        Screenshots.take("16-opened-with-file-open");
    }

    @Test
    void openRecentReopensAWorkflow() throws Exception {
        Path file = fixture("small-convnet.nflow");
        RecentFiles.add(file);
        focusWindow("Neurite");
        // File > Open Recent > first entry
        XRobot.key("alt+f", "r", "Right", "Return");
        Ui.waitUntil("the recent workflow in an editor", Duration.ofSeconds(15), () -> editorOpenOn(file));
        editor = activeWorkflowEditor();
        assertEquals(List.of("images", "conv1", "train"),
                editor.session().workflow().nodes().stream().map(n -> n.id()).toList());
    }
}
