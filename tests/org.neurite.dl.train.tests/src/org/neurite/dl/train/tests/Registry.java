package org.neurite.dl.train.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.neurite.dl.model.ModelReaderNode;
import org.neurite.dl.model.ModelWriterNode;
import org.neurite.dl.predict.PredictorNode;
import org.neurite.dl.schedule.LearningRateSchedulerNode;
import org.neurite.dl.train.TrainerNode;
import org.neurite.engine.registry.NodeRegistry;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The installed node types, as the workbench and batch see them (Declarative Services), and workflow files. */
final class Registry {

    static final List<String> TRAINING_NODES = List.of(LearningRateSchedulerNode.ID, TrainerNode.ID, PredictorNode.ID,
            ModelWriterNode.ID, ModelReaderNode.ID);

    static NodeRegistry registry() throws InterruptedException {
        var context = FrameworkUtil.getBundle(Registry.class).getBundleContext();
        ServiceTracker<NodeRegistry, NodeRegistry> tracker = new ServiceTracker<>(context, NodeRegistry.class, null);
        tracker.open();
        NodeRegistry registry = tracker.waitForService(10_000);
        if (registry == null) {
            throw new IllegalStateException("No node registry service within 10 s");
        }
        for (int i = 0; i < 100 && TRAINING_NODES.stream().anyMatch(id -> registry.find(id).isEmpty()); i++) {
            Thread.sleep(100);
        }
        return registry;
    }

    /** A workflow file from this bundle's resources folder. */
    static String workflowText(String name) throws IOException {
        try (InputStream in = Registry.class.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Registry() {
    }
}
