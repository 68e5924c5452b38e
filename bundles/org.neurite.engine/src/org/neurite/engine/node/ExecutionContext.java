package org.neurite.engine.node;

import java.util.Map;

/** Given to a node while it executes: progress, cancellation, a graceful stop and streamed metrics. */
public interface ExecutionContext extends NodeContext {

    /**
     * Reports progress.
     *
     * @param fraction done, from 0 to 1
     * @param message  what is happening, e.g. {@code epoch 2/3, batch 40/125}
     */
    void progress(double fraction, String message);

    /** Whether the user cancelled the run; the node should stop and throw {@link CanceledExecutionException}. */
    boolean isCanceled();

    /** Throws {@link CanceledExecutionException} if the user cancelled the run. */
    default void checkCanceled() throws CanceledExecutionException {
        if (isCanceled()) {
            throw new CanceledExecutionException(nodeName() + " was cancelled");
        }
    }

    /**
     * Whether the user asked this node to stop early and keep what it has, e.g. end training and output the
     * model so far. Unlike a cancel, the node then finishes normally.
     */
    boolean isStopRequested();

    /**
     * Streams named measurements of an iterative node (e.g. a trainer's loss) to whoever watches: the
     * workbench's training monitor, batch progress lines, JSON events.
     *
     * @param scope     what one step is, e.g. {@code iteration} or {@code epoch}
     * @param step      the step number within the scope (1-based)
     * @param values    named values, e.g. {@code loss -> 0.31}
     */
    void reportMetrics(String scope, long step, Map<String, Double> values);
}
