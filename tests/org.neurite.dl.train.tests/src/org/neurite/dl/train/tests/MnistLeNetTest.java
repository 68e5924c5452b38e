package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.score.ScoreTable;
import org.neurite.data.table.DataTable;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.workflow.Workflow;

/**
 * Acceptance: the LeNet-style CNN of the examples, as a workflow file of the installed nodes (IDX Reader, layer
 * nodes, scheduler, SGD trainer, predictor, scorer, model writer), trained 3 epochs on the 8,000 MNIST digits of
 * examples/data, reaches at least 96% accuracy on the 2,000 held-out digits; the written model, read back in a
 * second workflow, predicts exactly the same.
 */
class MnistLeNetTest {

    @Test
    void lenetLearnsMnistTo96PercentInThreeEpochs(@TempDir Path out) throws Exception {
        NodeRegistry registry = Registry.registry();
        Path examples = Data.examples();
        Workflow train = WorkflowFile.parse(Registry.workflowText("mnist-lenet.nflow"), "mnist-lenet.nflow",
                registry);
        long start = System.nanoTime();
        try (WorkflowExecutor executor = new WorkflowExecutor(train, examples, out)) {
            assertTrue(executor.problems().isEmpty(), () -> "configures: " + executor.problems());
            RunResult result = executor.executeAll().get(20, java.util.concurrent.TimeUnit.MINUTES);
            assertTrue(result.success(), () -> "run failed: " + result.failed());
            double seconds = (System.nanoTime() - start) / 1e9;

            DataTable metrics = (DataTable) executor.output("score", "metrics").orElseThrow();
            double accuracy = ScoreTable.value(metrics, ScoreTable.ACCURACY);
            TrainedModel model = (TrainedModel) executor.output("train", "model").orElseThrow();
            TrainingHistory history = model.history();
            for (TrainingHistory.Epoch e : history.epochs()) {
                System.out.println(String.format(Locale.ROOT, "[acceptance] LeNet MNIST epoch %d: loss %.4f, test"
                        + " accuracy %.4f, learning rate %.4g, %.1f s", e.epoch(), e.loss(), e.validationAccuracy(),
                        e.learningRate(), e.seconds()));
            }
            System.out.println(String.format(Locale.ROOT, "[acceptance] LeNet MNIST: test accuracy %.4f after 3"
                    + " epochs; workflow %.1f s, %d params", accuracy, seconds,
                    model.graph().numParams()));
            assertEquals(431_080, model.graph().numParams(), "the LeNet of the performance notes");
            assertTrue(accuracy >= 0.96, "test accuracy " + accuracy);
            assertEquals(history.epochs().get(2).validationAccuracy(), accuracy, 1e-9,
                    "the trainer's validation on the same digits agrees with the Scorer");
            assertEquals(0.0025 * 2, history.epochs().get(2).learningRate(), 1e-12, "step decay: 0.01, 0.01, 0.005");

            DataTable predictions = (DataTable) executor.output("predict", "table").orElseThrow();
            String again = Registry.workflowText("mnist-predict.nflow").replace("MODEL",
                    out.resolve("lenet.zip").toString());
            try (WorkflowExecutor reader = new WorkflowExecutor(WorkflowFile.parse(again, "mnist-predict.nflow",
                    registry), examples, out)) {
                RunResult read = reader.executeAll().get(5, java.util.concurrent.TimeUnit.MINUTES);
                assertTrue(read.success(), () -> "prediction from the file failed: " + read.failed());
                assertEquals(predictions, reader.output("predict", "table").orElseThrow(),
                        "the model read back predicts exactly the same, probabilities included");
            }
        }
    }
}
