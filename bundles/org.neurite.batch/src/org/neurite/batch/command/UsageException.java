package org.neurite.batch.command;

/** A bad command line or a workflow file that cannot be used: exit code 2, the message says what to fix. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
