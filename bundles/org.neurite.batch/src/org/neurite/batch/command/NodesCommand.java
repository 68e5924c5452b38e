package org.neurite.batch.command;

import java.util.concurrent.Callable;

import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.ExitCode;
import org.neurite.batch.report.NodeTypeListing;

import picocli.CommandLine.Command;

@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = "Lists the installed node types by category: what each does, its ports, and each setting "
                + "with its default and allowed values (what --set accepts).")
final class NodesCommand implements Callable<Integer> {

    private final BatchEnvironment environment;

    NodesCommand(BatchEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        NodeTypeListing.print(environment.out(), environment.nodeTypes().awaitAll().factories());
        return ExitCode.SUCCESS;
    }
}
