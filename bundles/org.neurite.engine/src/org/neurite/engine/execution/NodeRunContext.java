package org.neurite.engine.execution;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeLog;
import org.neurite.engine.workflow.WorkflowNode;

/** The context one node sees while it is configured or executed; events go to the executor's listeners. */
final class NodeRunContext implements ExecutionContext {

    private final String nodeId;
    private final String nodeName;
    private final Path directory;
    private final Path outputDirectory;
    private final Consumer<ExecutionEvent> events;
    private final AtomicBoolean canceled = new AtomicBoolean();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final NodeLog log;

    NodeRunContext(WorkflowNode node, Path directory, Path outputDirectory, Consumer<ExecutionEvent> events) {
        this.nodeId = node.id();
        this.nodeName = node.describe();
        this.directory = directory;
        this.outputDirectory = outputDirectory;
        this.events = events;
        this.log = new NodeLog() {
            @Override
            public void info(String message) {
                events.accept(new ExecutionEvent.Log(nodeId, ExecutionEvent.Level.INFO, message));
            }

            @Override
            public void warn(String message) {
                events.accept(new ExecutionEvent.Log(nodeId, ExecutionEvent.Level.WARN, message));
            }

            @Override
            public void error(String message) {
                events.accept(new ExecutionEvent.Log(nodeId, ExecutionEvent.Level.ERROR, message));
            }
        };
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public String nodeName() {
        return nodeName;
    }

    @Override
    public Path resolve(String path) {
        return resolveAgainst(directory, path);
    }

    @Override
    public Path resolveOutput(String path) {
        return resolveAgainst(outputDirectory, path);
    }

    private static Path resolveAgainst(Path folder, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || folder == null ? p : folder.resolve(p).normalize();
    }

    @Override
    public NodeLog log() {
        return log;
    }

    @Override
    public void progress(double fraction, String message) {
        events.accept(new ExecutionEvent.Progress(nodeId, Math.max(0, Math.min(1, fraction)), message));
    }

    @Override
    public boolean isCanceled() {
        return canceled.get();
    }

    void cancel() {
        canceled.set(true);
    }

    @Override
    public boolean isStopRequested() {
        return stopRequested.get();
    }

    void requestStop() {
        stopRequested.set(true);
    }

    @Override
    public void reportMetrics(String scope, long step, Map<String, Double> values) {
        events.accept(new ExecutionEvent.Metrics(nodeId, scope, step, Map.copyOf(values)));
    }
}
