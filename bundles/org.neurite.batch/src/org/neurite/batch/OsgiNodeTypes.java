package org.neurite.batch;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.neurite.engine.registry.NodeRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Node types from the OSGi {@link NodeRegistry} service. Declarative Services registers node factories
 * asynchronously while bundles start, so this waits: for the registry service, then until the wanted types are
 * there, or until no node type has arrived for a quiet period (everything installed has registered).
 */
public final class OsgiNodeTypes implements NodeTypes {

    /** How long the set of node types must stay unchanged to count as complete. */
    private static final Duration QUIET = Duration.ofMillis(300);
    /** Longer when a workflow needs a type that is not there yet: giving up early would fail a good run. */
    private static final Duration QUIET_WHEN_MISSING = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 10;

    private final BundleContext context;
    private final Duration limit;

    public OsgiNodeTypes(BundleContext context, Duration limit) {
        this.context = context;
        this.limit = limit;
    }

    @Override
    public NodeRegistry await(Set<String> typeIds) throws InterruptedException {
        return waitFor(registry -> typeIds.stream().allMatch(id -> registry.find(id).isPresent()), QUIET_WHEN_MISSING);
    }

    @Override
    public NodeRegistry awaitAll() throws InterruptedException {
        return waitFor(registry -> false, QUIET);
    }

    private NodeRegistry waitFor(Predicate<NodeRegistry> enough, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        NodeRegistry registry = registry(deadline);
        AtomicLong lastChange = new AtomicLong(System.nanoTime());
        Consumer<NodeRegistry> onChange = r -> lastChange.set(System.nanoTime());
        registry.addChangeListener(onChange);
        try {
            while (!enough.test(registry)) {
                long now = System.nanoTime();
                if (now - lastChange.get() >= quiet.toNanos() || now >= deadline) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return registry;
        } finally {
            registry.removeChangeListener(onChange);
        }
    }

    private NodeRegistry registry(long deadline) throws InterruptedException {
        ServiceTracker<NodeRegistry, NodeRegistry> tracker = new ServiceTracker<>(context, NodeRegistry.class, null);
        tracker.open();
        // The tracker stays open: closing it would release the service while the caller still uses it.
        long millis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        NodeRegistry registry = tracker.waitForService(millis);
        if (registry == null) {
            throw new IllegalStateException("The node registry (bundle org.neurite.engine) did not start within "
                    + limit.toSeconds() + " s: is org.apache.felix.scr installed and started?");
        }
        return registry;
    }
}
