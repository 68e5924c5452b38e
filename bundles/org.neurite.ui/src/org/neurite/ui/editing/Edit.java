package org.neurite.ui.editing;

import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;

/** One undoable change to a workflow. Every edit a user makes in the editor is one of these. */
public interface Edit {

    /** What the Undo/Redo menu items name, e.g. {@code Add Dense Layer}. */
    String label();

    void apply(Workflow workflow) throws WorkflowEditException;

    /** Puts the workflow back as it was before {@link #apply}. */
    void revert(Workflow workflow) throws WorkflowEditException;
}
