package org.neurite.batch.command;

import java.util.concurrent.Callable;

import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.ExitCode;
import org.neurite.batch.report.SpecListing;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.workflow.Workflow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Configures a workflow without running it: prints what each node's outputs will carry "
                + "(tensor shapes, parameter counts, the learning rate per epoch...) and every configuration error.",
                "Exits with 0 when every node can be configured, 2 otherwise." })
final class ValidateCommand implements Callable<Integer> {

    private final BatchEnvironment environment;

    @Mixin
    WorkflowOptions workflow = new WorkflowOptions();

    @Option(names = { "-d", "--details" }, description = "Also list each output's details: a table's columns, "
            + "a network's layers with their shapes and parameters.")
    boolean details;

    ValidateCommand(BatchEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws UsageException, InterruptedException {
        Workflow loaded = workflow.load(environment.nodeTypes());
        try (WorkflowExecutor executor = new WorkflowExecutor(loaded, workflow.file().getParent())) {
            int unconfigured = SpecListing.print(environment.out(), loaded, executor, workflow.source(),
                    details);
            executor.problems().values().forEach(problem -> environment.err().println("error: " + problem));
            return unconfigured == 0 ? ExitCode.SUCCESS : ExitCode.USAGE;
        }
    }
}
