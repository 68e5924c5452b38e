package org.neurite.dl.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Looks up OSGi services from tests, waiting briefly for Declarative Services to activate them. */
final class Osgi {

    static <T> T service(Class<T> type) throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(Osgi.class);
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
        if (service == null) {
            throw new IllegalStateException("No " + type.getName() + " service within 10 s");
        }
        return service;
    }

    private Osgi() {
    }
}
