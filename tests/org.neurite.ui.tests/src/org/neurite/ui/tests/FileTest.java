package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.ui.tests.Fixtures.CONV;
import static org.neurite.ui.tests.Fixtures.SOURCE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.ui.NeuriteUi;
import org.neurite.ui.editing.MoveNodes;
import org.neurite.ui.editor.RecentFiles;
import org.neurite.ui.editor.WorkflowEditor;

/** Save, close, reopen; dirty marker; open recent; crash recovery; copy, paste, delete and undo. */
class FileTest extends WorkbenchTest {

    @Test
    void savesClosesReopensTheSameWorkflow() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 60), node("conv1", CONV, 300, 120));
        w.connect("source1", "images", "conv1", "in");
        open(write("original.nflow", w));
        assertFalse(Ui.call(() -> editor.isDirty()));
        Ui.run(() -> editor.perform(new MoveNodes(Map.of("conv1", new Position(300, 120)),
                Map.of("conv1", new Position(320, 200)))));
        assertTrue(Ui.call(() -> editor.isDirty()));
        assertTrue(Ui.call(() -> editor.getTitle()).equals("original.nflow"));
        Path saved = dir.resolve("saved.nflow");
        Ui.run(() -> editor.saveAs(saved));
        assertFalse(Ui.call(() -> editor.isDirty()), "not dirty after saving");
        assertEquals(saved, Ui.call(() -> editor.file()));
        // a further change saved with Ctrl+S goes to the new file
        Ui.run(() -> editor.perform(new MoveNodes(Map.of("conv1", new Position(320, 200)),
                Map.of("conv1", new Position(330, 210)))));
        assertTrue(Ui.call(() -> editor.getTitle()).equals("saved.nflow") && Ui.call(() -> editor.isDirty()));
        Ui.run(() -> Ui.page().activate(editor));
        XRobot.click(Ui.call(() -> editor.canvas().toScreen(new org.eclipse.swt.graphics.Point(600, 400))));
        XRobot.key("ctrl+s");
        Ui.waitUntil("Ctrl+S to save", Duration.ofSeconds(5), () -> !Ui.call(() -> editor.isDirty()));
        assertEquals(saved, RecentFiles.list().get(0), "the saved file heads Open Recent");
        String before = WorkflowFile.format(editor.session().workflow());
        Ui.run(() -> Ui.page().closeEditor(editor, false));

        open(saved);
        String after = WorkflowFile.format(editor.session().workflow());
        assertEquals(before, after, "the reopened workflow is the saved one");
        assertEquals(Files.readString(saved, StandardCharsets.UTF_8), after, "the file holds exactly that");
        assertEquals(new Position(330, 210), editor.session().workflow().node("conv1").orElseThrow().position());
        Ui.waitUntil("the wire shape after reopening", Duration.ofSeconds(5),
                () -> "[?, 28, 28, 1]".equals(wireLabel("source1")));
        Screenshots.take("10-reopened-workflow");
    }

    @Test
    void copyPasteDeleteUndoRedo() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 60), node("conv1", CONV, 300, 120));
        w.connect("source1", "images", "conv1", "in");
        open(write("edit.nflow", w));
        Workflow model = editor.session().workflow();
        Ui.run(() -> editor.select(List.of("source1", "conv1"), List.of()));
        Ui.run(() -> editor.copySelection());
        Ui.run(() -> editor.pasteClipboard());
        assertEquals(4, model.nodes().size(), "two nodes pasted");
        assertEquals(2, model.connections().size(), "with the wire between them");
        assertEquals(java.util.Set.of("source2", "conv2"), java.util.Set.copyOf(editor.selectedNodes()), "the pasted nodes are selected");
        Ui.run(() -> editor.deleteSelection());
        assertEquals(2, model.nodes().size());
        Ui.run(() -> editor.changeHistory(true));
        assertEquals(4, model.nodes().size(), "undo delete");
        assertEquals(2, model.connections().size());
        Ui.run(() -> editor.changeHistory(true));
        assertEquals(2, model.nodes().size(), "undo paste");
        assertFalse(Ui.call(() -> editor.isDirty()), "back at the saved state");
        Ui.run(() -> editor.changeHistory(false));
        assertEquals(4, model.nodes().size(), "redo paste");
        assertTrue(Ui.call(() -> editor.isDirty()));
    }

    @Test
    void unsavedChangesSurviveACrash() throws Exception {
        Path file = write("crash.nflow", workflow(node("source1", SOURCE, 40, 60)));
        open(file);
        Ui.run(() -> editor.addNode(factory(CONV), new org.eclipse.swt.graphics.Point(400, 200)));
        String unsaved = WorkflowFile.format(editor.session().workflow());
        crash("crash.nflow-");
        WorkflowEditor reopened = open(file);
        assertEquals(unsaved, WorkflowFile.format(reopened.session().workflow()), "the unsaved node is back");
        assertTrue(Ui.call(() -> reopened.isDirty()), "recovered changes are unsaved");
        assertTrue(reopened.session().log().stream().anyMatch(l -> l.message().startsWith("Recovered unsaved changes")));
    }

    /**
     * Simulates a crash of the workbench with the editor's changes unsaved: the editor writes its recovery copy, then
     * is forgotten without cleaning up (closed, and its copy, whose name starts with {@code copyPrefix}, put back).
     */
    private Path crash(String copyPrefix) throws Exception {
        Ui.run(() -> editor.autosaveNow());
        Path recoveryFolder = Path.of(org.eclipse.core.runtime.Platform.getStateLocation(
                org.osgi.framework.FrameworkUtil.getBundle(NeuriteUi.class)).toOSString(), "recovery");
        Path copy;
        try (var files = Files.list(recoveryFolder)) {
            copy = files.filter(f -> f.getFileName().toString().startsWith(copyPrefix)).findFirst().orElseThrow();
        }
        byte[] kept = Files.readAllBytes(copy);
        Ui.run(() -> Ui.page().closeEditor(editor, false));
        Files.write(copy, kept);
        return copy;
    }

    @Test
    void unsavedNewWorkflowsSurviveACrash() throws Exception {
        editor = Ui.call(() -> (WorkflowEditor) Ui.page().openEditor(new org.neurite.ui.editor.UntitledInput(),
                WorkflowEditor.ID));
        Ui.run(() -> editor.addNode(factory(CONV), new org.eclipse.swt.graphics.Point(300, 200)));
        String unsaved = WorkflowFile.format(editor.session().workflow());
        Path copy = crash("untitled-");

        var leftovers = org.neurite.ui.editor.UntitledInput.leftOverFromLastRun();
        assertEquals(1, leftovers.size(), "one unsaved new workflow to bring back");
        editor = Ui.call(() -> (WorkflowEditor) Ui.page().openEditor(leftovers.get(0), WorkflowEditor.ID));
        assertEquals(unsaved, WorkflowFile.format(editor.session().workflow()));
        assertTrue(Ui.call(() -> editor.isDirty()), "it is still unsaved");
        Ui.run(() -> editor.saveAs(dir.resolve("rescued.nflow")));
        assertFalse(Files.exists(copy), "saving it removes the recovery copy");
    }
}
