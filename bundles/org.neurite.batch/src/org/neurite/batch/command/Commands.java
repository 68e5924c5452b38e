package org.neurite.batch.command;

import java.io.PrintWriter;

import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.ExitCode;

import picocli.CommandLine;

/** Builds the {@code neurite} command line: its commands and how errors map to exit codes. */
public final class Commands {

    private Commands() {
    }

    public static CommandLine commandLine(BatchEnvironment environment, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand(err))
                .addSubcommand(new RunCommand(environment))
                .addSubcommand(new ValidateCommand(environment))
                .addSubcommand(new NodesCommand(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            err.println("neurite: " + e.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof UsageException) {
                err.println("neurite: " + e.getMessage());
                return ExitCode.USAGE;
            }
            if (e instanceof InterruptedException) {
                return ExitCode.INTERRUPTED;
            }
            err.println("neurite: unexpected error: " + e);
            e.printStackTrace(err);
            return ExitCode.NODE_FAILED;
        });
        return cli;
    }
}
