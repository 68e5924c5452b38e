package org.neurite.ui.editing;

import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

/** Changes a node's settings and user label, as the configuration dialog's OK does: one undoable step. */
public final class ConfigureNode implements Edit {

    private final WorkflowNode before;
    private final Record settings;
    private final String nodeLabel;

    public ConfigureNode(WorkflowNode before, Record settings, String nodeLabel) {
        this.before = before;
        this.settings = settings;
        this.nodeLabel = nodeLabel;
    }

    @Override
    public String label() {
        return "Configure " + before.descriptor().name();
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        workflow.setSettings(before.id(), settings);
        workflow.setLabel(before.id(), nodeLabel);
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        workflow.setSettings(before.id(), before.settings());
        workflow.setLabel(before.id(), before.label());
    }
}
