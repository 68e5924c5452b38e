package org.neurite.dl.train;

/** Training stopped because the loss became NaN or infinite; the message names where and what to do. */
public final class TrainingDivergedException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message) {
        super(message);
    }
}
