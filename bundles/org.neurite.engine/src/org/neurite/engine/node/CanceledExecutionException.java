package org.neurite.engine.node;

/** Thrown by a node that stopped because its run was cancelled. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException(String message) {
        super(message);
    }
}
