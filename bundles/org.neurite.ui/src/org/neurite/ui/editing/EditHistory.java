package org.neurite.ui.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;

/**
 * The undo and redo stacks of one workflow, and whether it differs from what was last saved. All edits of the
 * editor go through {@link #perform}, so each can be undone.
 */
public final class EditHistory {

    private final Workflow workflow;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The edit on top of {@link #done} when the workflow was saved; null for "nothing done". */
    private Edit savedAt;
    private boolean savePointLost;

    public EditHistory(Workflow workflow) {
        this.workflow = workflow;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** Applies an edit and makes it undoable; a refused edit changes nothing and is not recorded. */
    public void perform(Edit edit) throws WorkflowEditException {
        edit.apply(workflow);
        done.push(edit);
        if (undone.contains(savedAt)) {
            savePointLost = true;
        }
        undone.clear();
        fireChanged();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(Edit::label);
    }

    public void undo() throws WorkflowEditException {
        Edit edit = done.peek();
        if (edit == null) {
            return;
        }
        edit.revert(workflow);
        undone.push(done.pop());
        fireChanged();
    }

    public void redo() throws WorkflowEditException {
        Edit edit = undone.peek();
        if (edit == null) {
            return;
        }
        edit.apply(workflow);
        done.push(undone.pop());
        fireChanged();
    }

    /** Whether the workflow differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return savePointLost || done.peek() != savedAt;
    }

    public void markSaved() {
        savedAt = done.peek();
        savePointLost = false;
        fireChanged();
    }

    /** Marks the workflow as differing from its file, e.g. after unsaved changes were recovered. */
    public void markUnsaved() {
        savePointLost = true;
        fireChanged();
    }

    /** Called after every perform, undo, redo and save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
