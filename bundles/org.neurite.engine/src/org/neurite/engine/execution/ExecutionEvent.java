package org.neurite.engine.execution;

import java.util.Map;

/** What an executor announces. Listeners are called on the thread where it happens and must return quickly. */
public sealed interface ExecutionEvent {

    String nodeId();

    record StateChanged(String nodeId, NodeStatus status) implements ExecutionEvent {
    }

    record Progress(String nodeId, double fraction, String message) implements ExecutionEvent {
    }

    record Log(String nodeId, Level level, String message) implements ExecutionEvent {
    }

    /** Streamed measurements of an iterative node, e.g. a trainer's loss per iteration. */
    record Metrics(String nodeId, String scope, long step, Map<String, Double> values) implements ExecutionEvent {
    }

    /** A run started by {@link WorkflowExecutor#execute} ended; {@code nodeId} is empty. */
    record RunFinished(RunResult result) implements ExecutionEvent {
        @Override
        public String nodeId() {
            return "";
        }
    }

    enum Level {
        INFO, WARN, ERROR
    }
}
