package org.neurite.dl.train;

import java.util.concurrent.atomic.AtomicBoolean;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/**
 * Loads ND4J's native backend (about a second: hundreds of MB of native libraries) on a background thread as soon
 * as a workflow with a trainer is configured, so that it overlaps with reading the data instead of delaying the
 * first training step. Once per JVM; a failure is left to the trainer, which initialises again and reports it.
 */
final class NativeWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private NativeWarmUp() {
    }

    /** Starts the warm-up unless it ran already or {@code -Dneurite.nativeWarmUp=false} (to measure without). */
    static void start() {
        if (!STARTED.compareAndSet(false, true) || "false".equals(System.getProperty("neurite.nativeWarmUp"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Dl4jRuntime.initialize();
                Nd4j.create(DataType.FLOAT, 1);
            } catch (RuntimeException | LinkageError e) {
                // the trainer's own Dl4jRuntime.initialize() says what is wrong, on the node that needs it
            }
        }, "Neurite DL4J warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
