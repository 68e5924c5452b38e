package org.neurite.ui.editing;

import java.util.Map;

import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;

/** Moves nodes on the canvas. */
public final class MoveNodes implements Edit {

    private final Map<String, Position> from;
    private final Map<String, Position> to;

    public MoveNodes(Map<String, Position> from, Map<String, Position> to) {
        this.from = Map.copyOf(from);
        this.to = Map.copyOf(to);
    }

    @Override
    public String label() {
        return to.size() == 1 ? "Move Node" : "Move " + to.size() + " Nodes";
    }

    @Override
    public void apply(Workflow workflow) throws WorkflowEditException {
        for (Map.Entry<String, Position> e : to.entrySet()) {
            workflow.moveNode(e.getKey(), e.getValue());
        }
    }

    @Override
    public void revert(Workflow workflow) throws WorkflowEditException {
        for (Map.Entry<String, Position> e : from.entrySet()) {
            workflow.moveNode(e.getKey(), e.getValue());
        }
    }
}
