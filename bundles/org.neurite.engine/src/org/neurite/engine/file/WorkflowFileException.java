package org.neurite.engine.file;

/** A workflow file that cannot be read: the message names the file, where in it, and what is wrong. */
public class WorkflowFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkflowFileException(String message) {
        super(message);
    }

    public WorkflowFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
