package org.neurite.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.ExitCode;
import org.neurite.batch.report.JsonReport;
import org.neurite.batch.report.RunReport;
import org.neurite.batch.report.TextReport;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.workflow.Workflow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = { "Runs a workflow to the end: configures every node, executes them (independent branches in "
                + "parallel), shows progress, and prints the results of the last nodes (e.g. a scorer's accuracy).",
                "Ctrl-C cancels the run cleanly: running nodes stop, files being written are finished or removed." })
final class RunCommand implements Callable<Integer> {

    private final BatchEnvironment environment;

    @Mixin
    WorkflowOptions workflow = new WorkflowOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Where nodes write their files (models, scores, "
            + "tables) when their paths are relative; created if missing. Default: the workflow file's folder. "
            + "Files the workflow reads stay relative to the workflow file's folder.")
    Path out;

    @Option(names = "--json", description = "Report as JSON, one object per line, for programs.")
    boolean json;

    @Option(names = { "-v", "--verbose" }, description = "Also print error logs and stack traces of failing nodes.")
    boolean verbose;

    RunCommand(BatchEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        RunReport report = json ? new JsonReport(environment.out())
                : new TextReport(environment.out(), environment.err(), environment.terminal(), verbose);
        Workflow loaded;
        Path outputDirectory;
        try {
            loaded = workflow.load(environment.nodeTypes());
            outputDirectory = outputDirectory();
        } catch (UsageException e) {
            report.usageError(e.getMessage());
            if (json) {
                environment.err().println("neurite: " + e.getMessage());
            }
            return ExitCode.USAGE;
        }
        Path folder = workflow.file().getParent();
        try (WorkflowExecutor executor = new WorkflowExecutor(loaded, folder,
                outputDirectory == null ? folder : outputDirectory)) {
            Map<String, String> problems = executor.problems();
            if (!problems.isEmpty()) {
                report.cannotConfigure(loaded, problems);
                if (json) {
                    problems.values().forEach(p -> environment.err().println("neurite: " + p));
                }
                return ExitCode.USAGE;
            }
            report.started(loaded, workflow.source(), outputDirectory);
            return new InterruptibleRun(executor, report).execute();
        }
    }

    private Path outputDirectory() throws UsageException {
        if (out == null) {
            return null;
        }
        Path dir = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot create the output directory: " + e);
        }
        return dir;
    }
}
