package org.neurite.dl4j.runtime.internal;

import java.lang.System.Logger.Level;

import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Prepares DL4J when the bundle starts. The bundle is lazy, so this runs as soon as any other bundle loads a class
 * from it, before that class is initialised: even code that never calls {@link Dl4jRuntime#initialize()} gets a
 * correctly configured ND4J.
 */
public final class Activator implements BundleActivator {

    private static final System.Logger LOG = System.getLogger(Dl4jRuntime.class.getName());

    @Override
    public void start(BundleContext context) {
        try {
            LOG.log(Level.INFO, "Deeplearning4j runtime: {0}", Dl4jRuntime.initialize());
        } catch (IllegalStateException e) {
            // Not rethrown: the bundle stays usable for diagnostics; every Dl4jRuntime.initialize() call repeats it.
            LOG.log(Level.ERROR, e.getMessage());
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Native libraries and JVM-wide properties stay until the JVM ends.
    }
}
