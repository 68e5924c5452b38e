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

        /** The line a person reads, names sorted: {@code epoch 3: learningRate 0.005, loss 0.0831}. */
        public String text() {
            return scope + " " + step + ": " + values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + number(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        /** Whole numbers without a fraction, others with 4 significant digits. */
        public static String number(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e9) {
                return String.valueOf((long) value);
            }
            double magnitude = Math.abs(value);
            if (magnitude >= 1e-4 && magnitude < 1e7) {
                return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                        .toPlainString();
            }
            return String.format(java.util.Locale.ROOT, "%.3e", value);
        }
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
