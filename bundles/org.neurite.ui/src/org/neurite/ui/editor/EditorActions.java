package org.neurite.ui.editor;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.figures.DiagramCanvas;

/**
 * The editor's actions: the Edit menu's handlers (Undo and Redo named after the edit they take back), the
 * canvas context menu, and Ctrl +/-/0 to zoom.
 */
final class EditorActions {

    /** An action whose enablement and text follow the editor's state. */
    private static final class EditorAction extends Action {
        private final Runnable run;
        private final BooleanSupplier enabled;
        private final Supplier<String> text;

        EditorAction(String definitionId, Supplier<String> text, BooleanSupplier enabled, Runnable run) {
            super(text.get());
            this.run = run;
            this.enabled = enabled;
            this.text = text;
            setActionDefinitionId(definitionId);
        }

        @Override
        public void run() {
            run.run();
        }

        void update() {
            setEnabled(enabled.getAsBoolean());
            setText(text.get());
        }
    }

    private final WorkflowEditor editor;
    private final IActionBars bars;
    private final List<EditorAction> actions;

    EditorActions(WorkflowEditor editor, IActionBars bars, DiagramCanvas canvas) {
        this.editor = editor;
        this.bars = bars;
        var history = editor.session().history();
        EditorAction undo = new EditorAction("org.eclipse.ui.edit.undo",
                () -> "&Undo " + history.undoLabel().orElse(""), history::canUndo, () -> editor.changeHistory(true));
        EditorAction redo = new EditorAction("org.eclipse.ui.edit.redo",
                () -> "&Redo " + history.redoLabel().orElse(""), history::canRedo, () -> editor.changeHistory(false));
        EditorAction copy = new EditorAction("org.eclipse.ui.edit.copy", () -> "&Copy",
                () -> !editor.selectedNodes().isEmpty(), editor::copySelection);
        EditorAction paste = new EditorAction("org.eclipse.ui.edit.paste", () -> "&Paste", () -> true,
                editor::pasteClipboard);
        EditorAction delete = new EditorAction("org.eclipse.ui.edit.delete", () -> "&Delete",
                editor::hasSelection, editor::deleteSelection);
        EditorAction selectAll = new EditorAction("org.eclipse.ui.edit.selectAll", () -> "Select &All", () -> true,
                () -> editor.select(editor.session().workflow().nodes().stream().map(WorkflowNode::id).toList(),
                        List.of()));
        actions = List.of(undo, redo, copy, paste, delete, selectAll);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        installContextMenu(canvas);
        installZoomKeys(canvas);
        update();
    }

    void update() {
        actions.forEach(EditorAction::update);
        bars.updateActionBars();
    }

    private void installContextMenu(DiagramCanvas canvas) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            var selected = editor.selectedNodes();
            m.add(simple("&Configure...", selected.size() == 1, () -> editor.configure(selected.iterator().next())));
            m.add(simple("&Execute\tF7", true, editor::execute));
            m.add(simple("&Reset\tF8", true, editor::reset));
            m.add(simple("&Stop", !selected.isEmpty(), editor::stopSelected));
            m.add(new Separator());
            actions.forEach(m::add);
            m.add(new Separator());
            Point at = editor.controller().contextPoint();
            String note = editor.controller().contextNote();
            m.add(simple("Add A&nnotation...", true, () -> editor.addAnnotation(at)));
            if (note != null) {
                m.add(simple("Edit Annotation...", true, () -> editor.editAnnotation(note)));
                m.add(simple("Delete Annotation", true, () -> editor.deleteAnnotation(note)));
            }
            m.add(new Separator());
            m.add(simple("Zoom &In", true, () -> canvas.zoomBy(1.2)));
            m.add(simple("Zoom &Out", true, () -> canvas.zoomBy(1 / 1.2)));
            m.add(simple("&Actual Size", true, () -> canvas.zoomBy(1 / canvas.zoom())));
            m.add(simple("&Fit Workflow", true, canvas::zoomToFit));
        });
        canvas.setMenu(menu.createContextMenu(canvas));
    }

    private static void installZoomKeys(DiagramCanvas canvas) {
        canvas.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) == 0) {
                return;
            }
            switch (e.character) {
                case '+', '=' -> canvas.zoomBy(1.2);
                case '-' -> canvas.zoomBy(1 / 1.2);
                case '0' -> canvas.zoomBy(1 / canvas.zoom());
                default -> {
                    // other keys are the workbench's
                }
            }
        });
    }

    private static Action simple(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
