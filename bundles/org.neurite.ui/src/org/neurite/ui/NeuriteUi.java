package org.neurite.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** What the whole workbench shares: the node registry service and the images it shows. */
public final class NeuriteUi {

    public static final String PLUGIN_ID = "org.neurite.ui";

    private static ServiceTracker<NodeRegistry, NodeRegistry> registryTracker;
    private static final Map<String, Image> IMAGES = new HashMap<>();

    private NeuriteUi() {
    }

    /** The node registry service; waits a little for Declarative Services while the runtime starts. */
    public static synchronized NodeRegistry registry() {
        if (registryTracker == null) {
            Bundle bundle = FrameworkUtil.getBundle(NeuriteUi.class);
            registryTracker = new ServiceTracker<>(bundle.getBundleContext(), NodeRegistry.class, null);
            registryTracker.open();
        }
        try {
            NodeRegistry registry = registryTracker.waitForService(TimeUnit.SECONDS.toMillis(10));
            if (registry == null) {
                throw new IllegalStateException("The node registry service is missing: is the bundle "
                        + "org.neurite.engine installed and Declarative Services (org.apache.felix.scr) started?");
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the node registry", e);
        }
    }

    /** An image of this bundle, e.g. {@code icons/node.png}; cached for the life of the display. */
    public static Image image(String path) {
        return cached("bundle:" + path, () -> FrameworkUtil.getBundle(NeuriteUi.class).getEntry(path));
    }

    /** The 16x16 icon of a node type, or the default node icon. */
    public static Image icon(NodeFactory<?> factory) {
        Image icon = cached("node:" + factory.descriptor().id(), factory::iconUrl);
        return icon != null ? icon : image("icons/node.png");
    }

    private static synchronized Image cached(String key, java.util.function.Supplier<URL> url) {
        if (IMAGES.containsKey(key)) {
            return IMAGES.get(key);
        }
        Image image = null;
        URL location = url.get();
        if (location != null) {
            try (InputStream in = location.openStream()) {
                Display display = Display.getCurrent();
                image = new Image(display, in);
                if (IMAGES.isEmpty()) {
                    display.disposeExec(NeuriteUi::disposeImages);
                }
            } catch (IOException | RuntimeException e) {
                image = null; // a broken icon falls back to the default one
            }
        }
        IMAGES.put(key, image);
        return image;
    }

    private static synchronized void disposeImages() {
        IMAGES.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        IMAGES.clear();
    }
}
