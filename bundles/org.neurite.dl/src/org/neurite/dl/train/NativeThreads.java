package org.neurite.dl.train;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Limits ND4J's native (OpenMP) threads while a network trains and puts the previous limit back afterwards.
 * The limit is process-wide. Measured: a small LSTM trains about twice as fast on one thread, because its many
 * tiny per-step operations otherwise spend their time synchronising threads.
 */
final class NativeThreads implements AutoCloseable {

    private final int previous;
    private final int previousMaster;
    private final boolean changed;

    private NativeThreads(int threads) {
        var env = Nd4j.getEnvironment();
        this.previous = env.maxThreads();
        this.previousMaster = env.maxMasterThreads();
        this.changed = threads > 0;
        if (changed) {
            env.setMaxThreads(threads);
            env.setMaxMasterThreads(threads);
        }
    }

    /** {@code threads} native threads until closed; 0 leaves the setting alone. */
    static NativeThreads limit(int threads) {
        return new NativeThreads(threads);
    }

    @Override
    public void close() {
        if (changed) {
            var env = Nd4j.getEnvironment();
            env.setMaxThreads(previous);
            env.setMaxMasterThreads(previousMaster);
        }
    }
}
