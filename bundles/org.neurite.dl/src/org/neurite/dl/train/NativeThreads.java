package org.neurite.dl.train;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Limits the native threads while a network trains and puts the previous limits back afterwards: ND4J's own limit
 * (process-wide), the OpenMP team size of the calling thread (the one that trains) and OpenBLAS's threads
 * (process-wide). All three are needed: ND4J's limit alone leaves the OpenMP and BLAS teams of the operations at
 * one thread per core, and on a busy 2-core machine those teams spend most of their time spinning and yielding
 * (measured with perf for the fused LSTM: a hand-written DL4J loop went from 147 to 615 samples/s, the same as
 * starting the JVM with OMP_NUM_THREADS=1). Used with one thread for recurrent networks, whose many small
 * operations gain nothing from a second thread.
 */
final class NativeThreads implements AutoCloseable {

    private final int previous;
    private final int previousMaster;
    private final int previousOpenMp;
    private final int previousBlas;
    private final boolean changed;

    private NativeThreads(int threads) {
        var env = Nd4j.getEnvironment();
        this.changed = threads > 0;
        this.previous = env.maxThreads();
        this.previousMaster = env.maxMasterThreads();
        // touch ND4J first: NativeOpsHolder before ND4J's initialisation breaks the backend (dl4j.libs README)
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        this.previousOpenMp = ops.ompGetMaxThreads();
        this.previousBlas = Nd4j.factory().blas().getMaxThreads();
        if (changed) {
            set(threads, threads, threads, threads);
        }
    }

    /** {@code threads} native threads until closed; 0 leaves the settings alone. */
    static NativeThreads limit(int threads) {
        return new NativeThreads(threads);
    }

    private static void set(int nd4j, int master, int openMp, int blas) {
        var env = Nd4j.getEnvironment();
        env.setMaxThreads(nd4j);
        env.setMaxMasterThreads(master);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(openMp);
        Nd4j.factory().blas().setMaxThreads(blas);
    }

    @Override
    public void close() {
        if (changed) {
            set(previous, previousMaster, previousOpenMp, previousBlas);
        }
    }
}
