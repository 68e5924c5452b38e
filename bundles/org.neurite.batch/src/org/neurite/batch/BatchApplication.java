package org.neurite.batch;

import java.io.PrintStream;
import java.time.Duration;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/** The Equinox application {@code org.neurite.batch.app}: {@code neurite run|validate|nodes ...}. */
public final class BatchApplication implements IApplication {

    /** How long to wait for node types to register before giving up. */
    private static final Duration NODE_TYPES_LIMIT = Duration.ofSeconds(60);

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        var bundleContext = FrameworkUtil.getBundle(BatchApplication.class).getBundleContext();
        PrintStream stdout = System.out;
        // The framework's console log and libraries print to System.out: that goes to stderr, so that stdout
        // carries only what neurite reports (results, JSON lines).
        System.setOut(System.err);
        try {
            BatchEnvironment environment = new BatchEnvironment(new OsgiNodeTypes(bundleContext, NODE_TYPES_LIMIT),
                    stdout, System.err, BatchEnvironment.onTerminal());
            // An Integer becomes the process exit code (the launcher passes it to System.exit).
            return Neurite.execute(environment, args == null ? new String[0] : args);
        } finally {
            System.setOut(stdout);
        }
    }

    @Override
    public void stop() {
        // Framework shutdown while running: a run in progress is cancelled by its shutdown hook.
    }
}
