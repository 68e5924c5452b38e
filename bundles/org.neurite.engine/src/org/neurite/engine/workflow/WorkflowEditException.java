package org.neurite.engine.workflow;

/** An edit the workflow refuses, e.g. a wire between incompatible ports or one that closes a cycle. */
public class WorkflowEditException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkflowEditException(String message) {
        super(message);
    }
}
