package org.neurite.batch;

import java.io.PrintWriter;

import org.neurite.batch.command.Commands;

/** The batch runner's entry point: parses a command line, runs the command, returns its exit code. */
public final class Neurite {

    private Neurite() {
    }

    /**
     * Runs {@code neurite ARGS...}.
     *
     * @return an {@link ExitCode}
     */
    public static int execute(BatchEnvironment environment, String... args) {
        PrintWriter out = new PrintWriter(environment.out(), true);
        PrintWriter err = new PrintWriter(environment.err(), true);
        try {
            return Commands.commandLine(environment, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
