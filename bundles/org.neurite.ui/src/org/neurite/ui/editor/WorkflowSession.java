package org.neurite.ui.editor;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.workflow.Workflow;
import org.neurite.ui.editing.EditHistory;

/**
 * One open workflow: the model, the executor that follows it, its edit history, and what its runs said (log
 * lines and metrics), kept so views opened later still show them. Execution events arrive on worker threads;
 * listeners of the session get them on the UI thread.
 */
public final class WorkflowSession implements AutoCloseable {

    /** One console line. */
    public record LogLine(LocalTime time, String nodeId, ExecutionEvent.Level level, String message) {
    }

    /** One measured point of a metric, e.g. loss at iteration 12. */
    public record Point(long step, double value) {
    }

    private static final int MAX_LOG_LINES = 5000;

    private final Display display;
    private final Workflow workflow;
    private final WorkflowExecutor executor;
    private final EditHistory history;
    private final List<LogLine> log = new ArrayList<>();
    /** node id -> "name (scope)" -> points, in arrival order. */
    private final Map<String, Map<String, List<Point>>> metrics = new LinkedHashMap<>();
    private final List<Consumer<ExecutionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ExecutionEvent> executorListener = this::onExecutionEvent;
    /** Events waiting for the UI thread; drained by one runnable, so a chatty node does not flood the display. */
    private final java.util.Queue<ExecutionEvent> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean drainScheduled = new java.util.concurrent.atomic.AtomicBoolean();

    public WorkflowSession(Display display, Workflow workflow, Path directory) {
        this.display = display;
        this.workflow = workflow;
        this.history = new EditHistory(workflow);
        this.executor = new WorkflowExecutor(workflow, directory);
        executor.addListener(executorListener);
    }

    public Workflow workflow() {
        return workflow;
    }

    public WorkflowExecutor executor() {
        return executor;
    }

    public EditHistory history() {
        return history;
    }

    public synchronized List<LogLine> log() {
        return List.copyOf(log);
    }

    public synchronized void clearLog() {
        log.clear();
    }

    /** Adds a line of the workbench's own to the console, e.g. that unsaved changes were recovered. */
    public void note(String message) {
        ExecutionEvent.Log line = new ExecutionEvent.Log("", ExecutionEvent.Level.INFO, message);
        onExecutionEvent(line);
    }

    /** The metrics a node reported, by series name ({@code loss (iteration)}). */
    public synchronized Map<String, List<Point>> metrics(String nodeId) {
        Map<String, List<Point>> series = metrics.getOrDefault(nodeId, Map.of());
        Map<String, List<Point>> copy = new LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** Nodes that reported metrics, most recent last. */
    public synchronized List<String> nodesWithMetrics() {
        return List.copyOf(metrics.keySet());
    }

    /** Listeners are called on the UI thread, after the session recorded the event. */
    public void addListener(Consumer<ExecutionEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ExecutionEvent> listener) {
        listeners.remove(listener);
    }

    private void addLogLine(LogLine line) {
        log.add(line);
        if (log.size() > MAX_LOG_LINES) {
            log.subList(0, log.size() - MAX_LOG_LINES).clear();
        }
    }

    private void onExecutionEvent(ExecutionEvent event) {
        synchronized (this) {
            switch (event) {
                case ExecutionEvent.Log l -> addLogLine(new LogLine(LocalTime.now(), l.nodeId(), l.level(), l.message()));
                case ExecutionEvent.Metrics m -> {
                    if (!"iteration".equals(m.scope())) {
                        addLogLine(new LogLine(LocalTime.now(), m.nodeId(), ExecutionEvent.Level.INFO, m.text()));
                    }
                    if (metrics.containsKey(m.nodeId()) && m.step() == 1 && "iteration".equals(m.scope())
                            && !metrics.get(m.nodeId()).isEmpty()) {
                        metrics.remove(m.nodeId()); // a new run of the node starts a fresh chart
                    }
                    Map<String, List<Point>> series = metrics.computeIfAbsent(m.nodeId(), k -> new LinkedHashMap<>());
                    m.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(v -> series
                            .computeIfAbsent(words(v.getKey()) + " (" + m.scope() + ")", k -> new ArrayList<>())
                            .add(new Point(m.step(), v.getValue())));
                }
                default -> {
                    // states are read from the executor when needed
                }
            }
        }
        pending.add(event);
        if (!display.isDisposed() && drainScheduled.compareAndSet(false, true)) {
            display.asyncExec(this::drain);
        }
    }

    /** A metric's key as words for charts and legends, e.g. {@code dataWaitSeconds} -> {@code data wait seconds}. */
    static String words(String key) {
        return key.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private void drain() {
        drainScheduled.set(false);
        for (ExecutionEvent event; (event = pending.poll()) != null;) {
            ExecutionEvent e = event;
            listeners.forEach(l -> l.accept(e));
        }
    }

    @Override
    public void close() {
        executor.removeListener(executorListener);
        executor.close();
        listeners.clear();
    }
}
