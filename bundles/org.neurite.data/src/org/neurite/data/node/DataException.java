package org.neurite.data.node;

/** Data a node cannot use: the message names the file, line and column (or row and column) and the problem. */
public class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
