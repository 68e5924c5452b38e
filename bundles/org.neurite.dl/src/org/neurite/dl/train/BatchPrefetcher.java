package org.neurite.dl.train;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neurite.dl.model.TableBatches;

/**
 * Reads the next mini-batch on a background thread while the current one trains, so the data feed never stalls
 * a step. Two sets of buffers alternate: batch k+1 is filled while batch k (whose arrays were already copied to
 * native memory) trains.
 */
final class BatchPrefetcher implements AutoCloseable {

    private final TableBatches source;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Neurite mini-batch feed");
        t.setDaemon(true);
        return t;
    });
    private final TableBatches.Buffers[] buffers = { new TableBatches.Buffers(), new TableBatches.Buffers() };
    private int nextBuffers;
    private Future<TableBatches.Batch> pending;

    BatchPrefetcher(TableBatches source) {
        this.source = source;
    }

    /** Starts reading {@code rows} (the caller must not change the array afterwards). */
    void request(int[] rows) {
        if (pending != null) {
            throw new IllegalStateException("The previous batch was not taken");
        }
        TableBatches.Buffers b = buffers[nextBuffers];
        nextBuffers ^= 1;
        pending = thread.submit(() -> source.read(rows, b));
    }

    /** The batch last requested, waiting for it if it is not ready yet. */
    TableBatches.Batch take() throws InterruptedException {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pending = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
