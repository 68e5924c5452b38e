package org.neurite.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.neurite.ui.editor.WorkflowEditor;

/**
 * Follows which workflow editor a view shows: the last active one, until it closes. Tells the view when that
 * changes (with null when no workflow editor is left).
 */
final class ActiveWorkflow implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<WorkflowEditor> changed;
    private WorkflowEditor current;

    ActiveWorkflow(IWorkbenchPage page, Consumer<WorkflowEditor> changed) {
        this.page = page;
        this.changed = changed;
        page.addPartListener(this);
        current = page.getActiveEditor() instanceof WorkflowEditor e ? e : null;
    }

    WorkflowEditor current() {
        return current;
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        IWorkbenchPart part = ref.getPart(false);
        if (part instanceof WorkflowEditor editor && editor != current) {
            current = editor;
            changed.accept(editor);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        if (current == null && ref.getPart(false) instanceof WorkflowEditor editor) {
            current = editor;
            changed.accept(editor);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == current) {
            current = page.getActiveEditor() instanceof WorkflowEditor e && e != ref.getPart(false) ? e : null;
            changed.accept(current);
        }
    }

    void dispose() {
        page.removePartListener(this);
    }
}
