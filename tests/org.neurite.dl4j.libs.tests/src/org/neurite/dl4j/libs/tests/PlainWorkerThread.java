package org.neurite.dl4j.libs.tests;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a fresh thread whose context class loader is the system class loader, as a thread of a plain
 * executor or a JDK library would have. Every ND4J use in these tests goes through here, so whichever test runs
 * first, ND4J is first touched from such a thread.
 */
final class PlainWorkerThread {

    private PlainWorkerThread() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "plain-worker");
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        thread.start();
        thread.join();
        Throwable t = failure.get();
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
