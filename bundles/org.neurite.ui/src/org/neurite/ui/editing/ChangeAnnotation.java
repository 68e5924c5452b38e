package org.neurite.ui.editing;

import org.neurite.engine.workflow.Annotation;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;

/** Adds (no before), changes (text, place or size) or deletes (no after) one annotation. */
public final class ChangeAnnotation implements Edit {

    private final Annotation before;
    private final Annotation after;

    /** @param before null to add; @param after null to delete */
    public ChangeAnnotation(Annotation before, Annotation after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("An annotation change needs an annotation before or after");
        }
        this.before = before;
        this.after = after;
    }

    @Override
    public String label() {
        if (before == null) {
            return "Add Annotation";
        }
        if (after == null) {
            return "Delete Annotation";
        }
        if (!before.text().equals(after.text())) {
            return "Edit Annotation";
        }
        return before.width() == after.width() && before.height() == after.height() ? "Move Annotation"
                : "Resize Annotation";
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        put(workflow, before, after);
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        put(workflow, after, before);
    }

    private static void put(Workflow workflow, Annotation from, Annotation to) throws WorkflowEditException {
        if (to == null) {
            workflow.removeAnnotation(from.id());
        } else {
            workflow.putAnnotation(to);
        }
    }
}
