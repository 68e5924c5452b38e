package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.files.TableReaderNode;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableFile;
import org.neurite.dl.layers.DenseNode;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.layers.OutputLayerNode;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.predict.PredictorNode;
import org.neurite.dl.schedule.LearningRateSchedulerNode;
import org.neurite.dl.train.TrainerNode;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;

/** The training nodes in a running workflow: registration, cancel and stop while training. */
class WorkflowTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void data() throws Exception {
        TableFile.write(Data.blobs(40_000, 0.4, 1), dir.resolve("points.ntable"));
    }

    @Test
    void everyTrainingNodeIsInstalledWithAnIconAndADescriptionThatTeaches() throws Exception {
        NodeRegistry registry = Registry.registry();
        for (String id : Registry.TRAINING_NODES) {
            NodeFactory<?> f = registry.find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
            assertTrue(f.descriptor().category().startsWith("Deep Learning/"), id);
            assertTrue(f.iconUrl() != null, id + " has its icon in the bundle");
            assertTrue(f.descriptor().description().length() > 400, id + " teaches what it does");
            f.descriptor().settings().fields().forEach(field -> assertTrue(field.description().length() > 20,
                    id + "." + field.name() + " is described"));
        }
    }

    /** Points -> input -> dense -> output -> trainer (long) -> predictor. */
    static Flow flow(String... trainerSettings) throws Exception {
        return new Flow(dir).node("data", new TableReaderNode(), "file=points.ntable")
                .node("input1", new InputLayerNode(), "columns=x1,x2")
                .node("dense1", new DenseNode(), "units=32")
                .node("output1", new OutputLayerNode(), "targetColumn=label")
                .node("schedule", new LearningRateSchedulerNode(), "policy=COSINE", "initialRate=0.05")
                .node("trainer", new TrainerNode(), trainerSettings)
                .node("predict", new PredictorNode())
                .connect("data", "table", "input1", "table").connect("input1", "network", "dense1", "network")
                .connect("dense1", "network", "output1", "network").connect("output1", "network", "trainer", "network")
                .connect("data", "table", "trainer", "training").connect("schedule", "schedule", "trainer", "schedule")
                .connect("trainer", "model", "predict", "model").connect("data", "table", "predict", "table");
    }

    /** A latch released by the trainer's first streamed iteration. */
    static CountDownLatch firstIteration(Flow flow) {
        CountDownLatch latch = new CountDownLatch(1);
        flow.executor().addListener(e -> {
            if (e instanceof ExecutionEvent.Metrics m && m.nodeId().equals("trainer") && m.scope().equals("iteration")) {
                latch.countDown();
            }
        });
        return latch;
    }

    @Test
    void cancelStopsTrainingWithinAMiniBatchAndTheWorkflowRunsAgain() throws Exception {
        try (Flow flow = flow("epochs=1000", "batchSize=16")) {
            CountDownLatch started = firstIteration(flow);
            AtomicLong finished = new AtomicLong();
            flow.executor().addListener(e -> {
                if (e instanceof ExecutionEvent.RunFinished) {
                    finished.set(System.nanoTime());
                }
            });
            var run = flow.executor().executeAll();
            assertTrue(started.await(5, TimeUnit.MINUTES), "training started");
            long cancelled = System.nanoTime();
            flow.executor().cancel();
            RunResult result = run.get(1, TimeUnit.MINUTES);
            assertTrue(result.cancelled());
            double seconds = (finished.get() - cancelled) / 1e9;
            System.out.println(String.format(java.util.Locale.ROOT, "[cancel] run ended %.3f s after cancel", seconds));
            assertTrue(seconds < 5, "a mini-batch of 16 rows takes milliseconds; the run ended " + seconds
                    + " s after cancel");
            assertEquals(NodeState.CONFIGURED, flow.executor().status("trainer").state(), "ready to run again");
            assertEquals(NodeState.EXECUTED, flow.executor().status("data").state(), "upstream results are kept");

            flow.set("trainer", "epochs", "1").set("trainer", "batchSize", "1000");
            flow.runOk(5);
            DataTable predictions = flow.output("predict", "table", DataTable.class);
            assertEquals(40_000, predictions.rowCount());
        }
    }

    @Test
    void stopEndsTrainingNormallyAndKeepsTheModelSoFar() throws Exception {
        try (Flow flow = flow("epochs=1000", "batchSize=16")) {
            CountDownLatch started = firstIteration(flow);
            var run = flow.executor().executeAll();
            assertTrue(started.await(5, TimeUnit.MINUTES), "training started");
            flow.executor().requestStop("trainer");
            RunResult result = run.get(2, TimeUnit.MINUTES);
            assertTrue(result.success(), () -> "stop is not a failure: " + result.failed());
            TrainedModel model = flow.output("trainer", "model", TrainedModel.class);
            assertTrue(model.history().ending().startsWith("stopped by the user in epoch 1 after "),
                    model.history().ending());
            assertEquals(1, model.history().epochs().size());
            assertTrue(model.history().epochs().get(0).iteration() < 2500, "stopped inside the first epoch");
            DataTable predictions = flow.output("predict", "table", DataTable.class);
            assertTrue(predictions.hasColumn("prediction"), "the model so far predicts downstream");
        }
    }
}
