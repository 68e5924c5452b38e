package org.neurite.batch.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.neurite.batch.BatchEnvironment;
import org.neurite.batch.Neurite;
import org.neurite.batch.OsgiNodeTypes;
import org.osgi.framework.FrameworkUtil;

/** Runs {@code neurite ARGS...} in this OSGi runtime, with the node types its bundles register. */
final class Cli {

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
        }
    }

    static Result neurite(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
        BatchEnvironment environment = new BatchEnvironment(new OsgiNodeTypes(context, Duration.ofSeconds(20)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        String[] text = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exitCode = Neurite.execute(environment, text);
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Cli() {
    }
}
