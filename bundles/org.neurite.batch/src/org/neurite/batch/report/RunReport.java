package org.neurite.batch.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.workflow.Workflow;

/**
 * What {@code neurite run} tells its user while and after it runs: as text for people or as JSON lines for
 * programs. Execution events arrive on node threads; implementations are thread-safe.
 */
public interface RunReport extends Consumer<ExecutionEvent> {

    /** The command line or the workflow file cannot be used; nothing ran. */
    void usageError(String message);

    /** Nodes that cannot be configured, by id; nothing ran. */
    void cannotConfigure(Workflow workflow, Map<String, String> problems);

    void started(Workflow workflow, String source, Path outputDirectory);

    /** The user pressed Ctrl-C: running nodes are being cancelled. Called on the shutdown hook's thread. */
    void interrupted();

    /**
     * The run ended.
     *
     * @param outputs  the results of nodes whose outputs nothing consumes
     * @param exitCode the code the process exits with
     */
    void finished(Workflow workflow, RunResult result, List<OutputSummary> outputs, Duration elapsed, int exitCode);
}
