package org.neurite.batch.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neurite.batch.ExitCode;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The run for programs: one JSON object per line on standard output, each with an {@code event} field
 * ({@code start}, {@code state}, {@code progress}, {@code metrics}, {@code log}, {@code interrupted},
 * {@code finished}, or {@code error}/{@code problem} when nothing could run) and, from {@code start} on, the
 * seconds since the run started in {@code time}. The last line is always {@code finished} or {@code error}.
 */
public final class JsonReport implements RunReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private Workflow workflow;
    private long runStart = System.nanoTime();

    public JsonReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void usageError(String message) {
        ObjectNode line = line("error");
        line.put("exitCode", ExitCode.USAGE);
        line.put("message", message);
        emit(line);
    }

    @Override
    public synchronized void cannotConfigure(Workflow workflow, Map<String, String> problems) {
        this.workflow = workflow;
        problems.forEach((nodeId, message) -> {
            ObjectNode line = nodeLine("problem", nodeId);
            line.put("message", message);
            emit(line);
        });
        ObjectNode line = line("error");
        line.put("exitCode", ExitCode.USAGE);
        line.put("message", problems.size() + " node(s) cannot be configured");
        emit(line);
    }

    @Override
    public synchronized void started(Workflow workflow, String source, Path outputDirectory) {
        this.workflow = workflow;
        this.runStart = System.nanoTime();
        ObjectNode line = line("start");
        line.put("workflow", source);
        if (outputDirectory != null) {
            line.put("outputDirectory", outputDirectory.toString());
        }
        ArrayNode nodes = line.putArray("nodes");
        workflow.topologicalOrder().forEach(nodes::add);
        emit(line);
    }

    @Override
    public synchronized void accept(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StateChanged changed -> {
                ObjectNode line = nodeLine("state", changed.nodeId());
                line.put("state", changed.status().state().name());
                if (changed.status().message() != null) {
                    line.put("message", changed.status().message());
                }
                emit(line);
            }
            case ExecutionEvent.Progress progress -> {
                ObjectNode line = nodeLine("progress", progress.nodeId());
                line.put("fraction", progress.fraction());
                line.put("message", progress.message());
                emit(line);
            }
            case ExecutionEvent.Metrics metrics -> {
                ObjectNode line = nodeLine("metrics", metrics.nodeId());
                line.put("scope", metrics.scope());
                line.put("step", metrics.step());
                ObjectNode values = line.putObject("values");
                metrics.values().forEach(values::put);
                emit(line);
            }
            case ExecutionEvent.Log log -> {
                ObjectNode line = nodeLine("log", log.nodeId());
                line.put("level", log.level().name());
                line.put("message", log.message());
                emit(line);
            }
            case ExecutionEvent.RunFinished finished -> {
                // reported by finished(), with the outputs and the exit code
            }
        }
    }

    @Override
    public synchronized void interrupted() {
        emit(line("interrupted"));
    }

    @Override
    public synchronized void finished(Workflow workflow, RunResult result, List<OutputSummary> outputs,
            Duration elapsed, int exitCode) {
        ObjectNode line = line("finished");
        line.put("status", switch (exitCode) {
            case ExitCode.SUCCESS -> "success";
            case ExitCode.INTERRUPTED -> "interrupted";
            default -> "failed";
        });
        line.put("exitCode", exitCode);
        line.put("seconds", elapsed.toMillis() / 1000.0);
        ArrayNode executed = line.putArray("executed");
        result.executed().forEach(executed::add);
        ObjectNode failed = line.putObject("failed");
        result.failed().forEach(failed::put);
        ArrayNode skipped = line.putArray("skipped");
        workflow.topologicalOrder().stream().filter(result.skipped()::contains).forEach(skipped::add);
        ArrayNode results = line.putArray("outputs");
        for (OutputSummary output : outputs) {
            ObjectNode o = results.addObject();
            o.put("node", output.nodeId());
            o.put("name", output.node());
            o.put("port", output.port());
            o.put("summary", output.summary());
        }
        emit(line);
    }

    private ObjectNode line(String event) {
        ObjectNode line = JSON.createObjectNode();
        line.put("event", event);
        if (workflow != null) {
            line.put("time", Math.round((System.nanoTime() - runStart) / 1e6) / 1000.0);
        }
        return line;
    }

    private ObjectNode nodeLine(String event, String nodeId) {
        ObjectNode line = line(event);
        line.put("node", nodeId);
        if (workflow != null) {
            workflow.node(nodeId).map(WorkflowNode::describe).ifPresent(name -> line.put("name", name));
        }
        return line;
    }

    private void emit(ObjectNode line) {
        try {
            out.println(JSON.writeValueAsString(line));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON event", e);
        }
    }
}
