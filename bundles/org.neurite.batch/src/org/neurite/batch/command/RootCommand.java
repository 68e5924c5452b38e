package org.neurite.batch.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.neurite.batch.ExitCode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "neurite", mixinStandardHelpOptions = true, versionProvider = BundleVersion.class,
        description = "Runs Neurite workflows (.nflow files) without the workbench: on a server, in a nightly job, "
                + "in a parameter sweep.",
        footerHeading = "%nExit codes:%n", footer = {
                "  0    success",
                "  1    a node failed (stderr names it and says why)",
                "  2    bad usage, or a workflow file that cannot be read or configured",
                "  130  interrupted (Ctrl-C): the run was cancelled cleanly" })
final class RootCommand implements Callable<Integer> {

    private final PrintWriter err;

    @Spec
    CommandLine.Model.CommandSpec spec;

    RootCommand(PrintWriter err) {
        this.err = err;
    }

    /** {@code neurite} alone: say what it can do. */
    @Override
    public Integer call() {
        err.println("neurite: name a command: run, validate or nodes.");
        spec.commandLine().usage(err);
        return ExitCode.USAGE;
    }
}
