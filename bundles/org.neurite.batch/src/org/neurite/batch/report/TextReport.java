package org.neurite.batch.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neurite.batch.ExitCode;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * The run as text for people. On a terminal, what running nodes are doing is one line updated in place, and
 * lasting events (a node started or finished, an epoch's measurements) are printed above it. Otherwise (a log
 * file, a pipe) progress is a plain line every few seconds per node.
 */
public final class TextReport implements RunReport {

    /** Metric scopes too frequent to print each step of; coarser ones (epoch) are printed every time. */
    private static final Set<String> FINE_SCOPES = Set.of("iteration", "batch", "minibatch", "step");
    private static final long PLAIN_PROGRESS_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long LIVE_REDRAW_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintStream out;
    private final PrintStream err;
    private final boolean live;
    private final boolean verbose;
    private final int width;

    private Workflow workflow;
    private long runStart = System.nanoTime();
    private final Map<String, NodeState> states = new HashMap<>();
    private final Map<String, Long> nodeStart = new HashMap<>();
    private final Map<String, Activity> running = new LinkedHashMap<>();
    private final Set<String> cancelled = new HashSet<>();
    private String liveLine = "";
    private boolean liveShown;
    private long liveDrawn;
    private boolean tracesHidden;

    /** What a running node last reported. */
    private static final class Activity {
        double fraction = -1;
        String message = "";
        String metrics = "";
        long plainPrinted = System.nanoTime();
        long updated = System.nanoTime();
    }

    /**
     * @param live    update one progress line in place (out is a terminal)
     * @param verbose also print stack traces and error logs of failing nodes
     */
    public TextReport(PrintStream out, PrintStream err, boolean live, boolean verbose) {
        this.out = out;
        this.err = err;
        this.live = live;
        this.verbose = verbose;
        this.width = terminalWidth();
    }

    private static int terminalWidth() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip()));
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    @Override
    public synchronized void usageError(String message) {
        err.println("neurite: " + message);
    }

    @Override
    public synchronized void cannotConfigure(Workflow workflow, Map<String, String> problems) {
        err.println("neurite: the workflow cannot run: " + count(problems.size(), "node") + " cannot be configured:");
        problems.values().forEach(message -> err.println("  " + message));
    }

    @Override
    public synchronized void started(Workflow workflow, String source, Path outputDirectory) {
        this.workflow = workflow;
        this.runStart = System.nanoTime();
        out.println("Running " + source + ": " + count(workflow.nodes().size(), "node")
                + (outputDirectory == null ? "" : ", writing files to " + outputDirectory));
    }

    @Override
    public synchronized void accept(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StateChanged changed -> stateChanged(changed);
            case ExecutionEvent.Progress progress -> {
                Activity activity = running.get(progress.nodeId());
                if (activity != null) {
                    activity.fraction = progress.fraction();
                    activity.message = progress.message();
                    activity.updated = System.nanoTime();
                    showProgress(progress.nodeId(), activity);
                }
            }
            case ExecutionEvent.Metrics metrics -> metrics(metrics);
            case ExecutionEvent.Log log -> log(log);
            case ExecutionEvent.RunFinished finished -> clearLive();
        }
    }

    private void stateChanged(ExecutionEvent.StateChanged changed) {
        String id = changed.nodeId();
        NodeState before = states.put(id, changed.status().state());
        NodeState now = changed.status().state();
        if (now == NodeState.EXECUTING) {
            nodeStart.put(id, System.nanoTime());
            running.put(id, new Activity());
            println(out, stamp() + describe(id) + " started");
        } else if (before == NodeState.EXECUTING) {
            running.remove(id);
            liveLine = "";
            String took = " after " + Texts.seconds(Duration.ofNanos(System.nanoTime() - nodeStart.get(id)));
            switch (now) {
                case EXECUTED -> println(out, stamp() + describe(id) + " finished" + took);
                case FAILED -> println(err, stamp() + "FAILED " + changed.status().message());
                default -> {
                    cancelled.add(id);
                    println(out, stamp() + describe(id) + " cancelled" + took);
                }
            }
        }
    }

    private void metrics(ExecutionEvent.Metrics metrics) {
        String text = metrics.text();
        if (!FINE_SCOPES.contains(metrics.scope())) {
            println(out, stamp() + describe(metrics.nodeId()) + " " + text);
            return;
        }
        Activity activity = running.get(metrics.nodeId());
        if (activity != null) {
            activity.metrics = text;
            activity.updated = System.nanoTime();
            showProgress(metrics.nodeId(), activity);
        }
    }

    private void log(ExecutionEvent.Log log) {
        boolean multiLine = log.message().contains("\n");
        switch (log.level()) {
            case INFO -> println(out, stamp() + describe(log.nodeId()) + ": " + log.message());
            case WARN -> println(err, stamp() + "warning: " + describe(log.nodeId()) + ": " + log.message());
            case ERROR -> {
                // A failure is reported once, at the end; its stack trace only when asked for.
                if (verbose) {
                    println(err, stamp() + "error: " + describe(log.nodeId()) + ": " + log.message().strip());
                } else if (multiLine) {
                    tracesHidden = true;
                }
            }
        }
    }

    private void showProgress(String id, Activity activity) {
        long now = System.nanoTime();
        String line = stamp() + describe(id) + " " + progressText(activity);
        if (live) {
            int others = running.size() - 1;
            liveLine = others > 0 ? line + "  (+" + others + " running)" : line;
            if (now - liveDrawn >= LIVE_REDRAW_NANOS) {
                drawLive();
            }
        } else if (now - activity.plainPrinted >= PLAIN_PROGRESS_NANOS) {
            activity.plainPrinted = now;
            out.println(line);
        }
    }

    private static String progressText(Activity activity) {
        StringBuilder text = new StringBuilder();
        if (activity.fraction >= 0) {
            text.append(String.format(Locale.ROOT, "%3.0f%%", activity.fraction * 100));
        }
        if (!activity.message.isEmpty()) {
            text.append(' ').append(activity.message);
        }
        if (!activity.metrics.isEmpty()) {
            text.append(text.isEmpty() ? "" : " | ").append(activity.metrics);
        }
        return text.toString().strip();
    }

    @Override
    public void interrupted() {
        synchronized (this) {
            clearLive();
            err.println();
            err.println("Interrupted: cancelling the run; waiting for running nodes to stop cleanly...");
        }
    }

    @Override
    public synchronized void finished(Workflow workflow, RunResult result, List<OutputSummary> outputs,
            Duration elapsed, int exitCode) {
        clearLive();
        if (exitCode == ExitCode.SUCCESS) {
            out.println("Finished in " + Texts.seconds(elapsed) + ": " + count(result.executed().size(), "node")
                    + " executed.");
        }
        if (!outputs.isEmpty()) {
            out.println("Results:");
            String shown = null;
            for (OutputSummary output : outputs) {
                if (!output.node().equals(shown)) {
                    out.println("  " + output.node());
                    shown = output.node();
                }
                out.println("    " + output.port() + ": " + output.summary());
            }
        }
        if (exitCode == ExitCode.INTERRUPTED) {
            err.println("neurite: interrupted after " + Texts.seconds(elapsed)
                    + "; the run was cancelled and its running nodes stopped.");
        } else if (!result.failed().isEmpty()) {
            err.println("neurite: " + count(result.failed().size(), "node") + " failed:");
            result.failed().values().forEach(message -> err.println("  " + message));
        }
        List<String> notRun = workflow.topologicalOrder().stream()
                .filter(id -> result.skipped().contains(id) && !cancelled.contains(id)).toList();
        if (!notRun.isEmpty()) {
            err.println("Not run: " + String.join(", ", notRun));
        }
        if (tracesHidden && exitCode != ExitCode.SUCCESS) {
            err.println("Run with --verbose to see the stack traces.");
        }
    }

    private String describe(String nodeId) {
        return workflow == null ? nodeId
                : workflow.node(nodeId).map(WorkflowNode::describe).orElse("'" + nodeId + "'");
    }

    private String stamp() {
        return String.format(Locale.ROOT, "[%6.1fs] ", (System.nanoTime() - runStart) / 1e9);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Prints a lasting line; on a terminal above the live line, which is drawn again below it. */
    private void println(PrintStream stream, String line) {
        if (liveShown) {
            out.print("\r\033[K");
            out.flush();
            liveShown = false;
        }
        stream.println(line);
        stream.flush();
        if (live) {
            drawLive();
        }
    }

    private void drawLive() {
        if (liveLine.isEmpty() || running.isEmpty()) {
            return;
        }
        String line = liveLine.length() < width ? liveLine : liveLine.substring(0, width - 4) + "...";
        out.print("\r\033[K" + line);
        out.flush();
        liveShown = true;
        liveDrawn = System.nanoTime();
    }

    private void clearLive() {
        if (liveShown) {
            out.print("\r\033[K");
            out.flush();
            liveShown = false;
        }
        liveLine = "";
    }
}
