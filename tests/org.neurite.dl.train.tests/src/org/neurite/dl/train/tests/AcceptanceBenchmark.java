package org.neurite.dl.train.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neurite.data.score.ScoreTable;
import org.neurite.data.table.DataTable;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.workflow.Workflow;

/**
 * Opt-in benchmark ({@code -Dneurite.benchmark=true}): the LeNet acceptance workflow over several seeds (accuracy
 * spread and epoch times), with the CPU other processes used meanwhile. Prints; asserts nothing.
 */
@EnabledIfSystemProperty(named = "neurite.benchmark", matches = "true")
class AcceptanceBenchmark {

    @Test
    void lenetOverSeeds() throws Exception {
        Path out = Files.createTempDirectory("lenet");
        List<Double> accuracies = new ArrayList<>();
        String threads = System.getProperty("neurite.threads", "0");
        for (String seed : System.getProperty("neurite.seeds", "1,2,3").split(",")) {
            Workflow flow = WorkflowFile.parse(Registry.workflowText("mnist-lenet.nflow"), "mnist-lenet.nflow",
                    Registry.registry());
            try (Flow f = new Flow(out)) {
                CpuWatch cpu = new CpuWatch();
                try (WorkflowExecutor executor = new WorkflowExecutor(flow, Data.examples(), out)) {
                    var node = flow.requireNode("train");
                    @SuppressWarnings("unchecked")
                    var schema = (org.neurite.engine.settings.SettingsSchema<Record>) node.descriptor().settings();
                    flow.setSettings("train", schema.withTexts(node.settings(), "seed=" + seed, "threads=" + threads));
                    RunResult r = executor.executeAll().get(30, TimeUnit.MINUTES);
                    if (!r.success()) {
                        throw new AssertionError(r.failed().toString());
                    }
                    double accuracy = ScoreTable.value((DataTable) executor.output("score", "metrics").orElseThrow(),
                            ScoreTable.ACCURACY);
                    accuracies.add(accuracy);
                    TrainingHistory h = ((TrainedModel) executor.output("train", "model").orElseThrow()).history();
                    StringBuilder epochs = new StringBuilder();
                    for (TrainingHistory.Epoch e : h.epochs()) {
                        epochs.append(String.format(Locale.ROOT, " %.4f/%.1fs", e.validationAccuracy(), e.seconds()));
                    }
                    System.out.println(String.format(Locale.ROOT, "[benchmark] LeNet seed %s, threads %s: test accuracy %.4f;"
                            + " per epoch (accuracy/seconds incl. validation):%s; other processes used %.2f cores",
                            seed, threads, accuracy, epochs, cpu.othersCores()));
                }
            }
        }
        System.out.println("[benchmark] LeNet accuracies " + accuracies);
    }
}
