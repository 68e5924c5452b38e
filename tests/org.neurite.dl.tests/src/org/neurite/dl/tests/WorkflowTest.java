package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TensorColumn;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/** Layer nodes in a real workflow: wired, configured as the editor does, executed, and registered by DS. */
class WorkflowTest {

    private static DataTable digits() {
        int rows = 4;
        return DataTable.of(TensorColumn.of("image", new int[] { 28, 28, 1 }, new float[rows * 784]),
                CategoryColumn.of("label", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                        new int[] { 0, 1, 2, 3 }));
    }

    private static void add(Workflow wf, String id, NodeFactory<?> factory, String... settings) throws Exception {
        wf.addNode(new WorkflowNode(id, factory, Layers.settings((NodeFactory) factory, settings), "",
                Position.ORIGIN));
    }

    private static Workflow lenet() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "data", new TableSource(digits()));
        add(wf, "input1", Layers.INPUT, "columns=image");
        add(wf, "conv1", Layers.CONV, "filters=20", "kernelHeight=5", "kernelWidth=5", "activation=IDENTITY");
        add(wf, "pool1", Layers.POOL);
        add(wf, "conv2", Layers.CONV, "filters=50", "kernelHeight=5", "kernelWidth=5", "activation=IDENTITY");
        add(wf, "pool2", Layers.POOL);
        add(wf, "dense1", Layers.DENSE, "units=500");
        add(wf, "dropout1", Layers.DROPOUT, "rate=0.5");
        add(wf, "output1", Layers.OUTPUT, "targetColumn=label");
        wf.connect("data", "table", "input1", "table");
        String previous = "input1";
        for (String id : List.of("conv1", "pool1", "conv2", "pool2", "dense1", "dropout1", "output1")) {
            wf.connect(previous, "network", id, "network");
            previous = id;
        }
        wf.connect("data", "table", "output1", "table");
        return wf;
    }

    private static String summary(WorkflowExecutor executor, String id) {
        return executor.status(id).specs().get(0).summary();
    }

    @Test
    void shapesAppearOnTheWiresBeforeAnythingRuns() throws Exception {
        try (WorkflowExecutor executor = new WorkflowExecutor(lenet(), null)) {
            executor.configureAll();
            assertEquals(Map.of(), executor.problems());
            assertEquals("[?, 28, 28, 1]", summary(executor, "input1"));
            assertEquals("[?, 24, 24, 20]", summary(executor, "conv1"));
            assertEquals("520 params", executor.status("conv1").specs().get(0).producerNote());
            assertEquals("[?, 12, 12, 20]", summary(executor, "pool1"));
            assertEquals("[?, 8, 8, 50]", summary(executor, "conv2"));
            assertEquals("[?, 4, 4, 50]", summary(executor, "pool2"));
            assertEquals("[?, 500]", summary(executor, "dense1"));
            assertEquals("[?, 10]", summary(executor, "output1"));
            NetworkSpec network = (NetworkSpec) executor.status("output1").specs().get(0);
            assertEquals(431_080, network.parameterCount());
            assertEquals("Convolution 2D 'conv1'", network.layer("conv1").orElseThrow().node());

            RunResult result = executor.executeAll().get(60, TimeUnit.SECONDS);
            assertTrue(result.success(), result.toString());
            assertEquals(network, executor.output("output1", "network").orElseThrow());
        }
    }

    @Test
    void aMisfitIsAnErrorOnThatNode() throws Exception {
        Workflow wf = lenet();
        add(wf, "lstm1", Layers.LSTM);
        wf.connect("input1", "network", "lstm1", "network");
        try (WorkflowExecutor executor = new WorkflowExecutor(wf, null)) {
            executor.configureAll();
            assertEquals(Map.of("lstm1", "LSTM 'lstm1': LSTM needs a sequence input [T x F], got an image"
                    + " [28 x 28 x 1] from 'input1': use Convolution 2D for images, or read the data as a sequence"
                    + " column"), executor.problems());
            assertEquals("[?, 10]", summary(executor, "output1"), "the rest of the network is unaffected");
        }
    }

    @Test
    void aBranchingWorkflowJoinsItsBranches() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "data", new TableSource(digits()));
        add(wf, "input1", Layers.INPUT, "columns=image");
        add(wf, "conv1", Layers.CONV, "filters=4", "padding=SAME");
        add(wf, "conv2", Layers.CONV, "filters=4", "padding=SAME", "kernelHeight=5", "kernelWidth=5");
        add(wf, "add1", Layers.ADD);
        add(wf, "concatenate1", Layers.CONCATENATE);
        add(wf, "output1", Layers.OUTPUT, "targetColumn=label");
        wf.connect("data", "table", "input1", "table");
        wf.connect("input1", "network", "conv1", "network");
        wf.connect("input1", "network", "conv2", "network");
        wf.connect("conv1", "network", "add1", "network1");
        wf.connect("conv2", "network", "add1", "network2");
        wf.connect("add1", "network", "concatenate1", "network1");
        wf.connect("conv1", "network", "concatenate1", "network2");
        wf.connect("input1", "network", "concatenate1", "network3");
        wf.connect("concatenate1", "network", "output1", "network");
        wf.connect("data", "table", "output1", "table");
        try (WorkflowExecutor executor = new WorkflowExecutor(wf, null)) {
            executor.configureAll();
            assertEquals(Map.of(), executor.problems());
            assertEquals("[?, 28, 28, 9]", summary(executor, "concatenate1"));
            NetworkSpec network = (NetworkSpec) executor.status("output1").specs().get(0);
            assertEquals(List.of("input1", "conv1", "conv2", "add1", "concatenate1", "output1"),
                    network.layers().stream().map(l -> l.name()).toList());
            network.checkTrainable();
        }
    }

    @Test
    void theNodesAreRegisteredWithDescriptionsAndIcons() throws Exception {
        NodeRegistry registry = Osgi.service(NodeRegistry.class);
        Set<String> ids = Layers.ALL.stream().map(f -> f.descriptor().id()).collect(Collectors.toSet());
        assertEquals(Set.of("org.neurite.dl.input", "org.neurite.dl.dense", "org.neurite.dl.conv2d",
                "org.neurite.dl.maxpool2d", "org.neurite.dl.dropout", "org.neurite.dl.lstm",
                "org.neurite.dl.concatenate", "org.neurite.dl.add", "org.neurite.dl.output"), ids);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!registry.factories().stream().map(f -> f.descriptor().id()).collect(Collectors.toSet())
                .containsAll(ids) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        for (String id : ids) {
            NodeFactory<?> factory = registry.find(id).orElseThrow(() -> new AssertionError(id + " not registered"));
            assertEquals("Deep Learning/Layers", factory.descriptor().category(), id);
            assertNotNull(factory.iconUrl(), id + " icon");
            String description = factory.descriptor().description();
            assertTrue(description.split("\n\n").length >= 2, id + " describes the technique in paragraphs");
            assertFalse(description.contains("  "), id + " description has no stray double spaces");
        }
        assertTrue(registry.find("org.neurite.dl.maxpool2d").orElseThrow().descriptor().description()
                .contains("[[1, 5], [3, 2]] becomes 5"));
    }
}
