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
                    flow.setSettings("train", schema.withText(schema.withText(node.settings(), "seed", seed),
                            "threads", threads));
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

    /** The LSTM of the acceptance test, 4 epochs, with 1 and with 2 native threads, alternating. */
    @Test
    void lstmThreads() throws Exception {
        DataTable steps = (DataTable) LstmSequenceTest.run(new org.neurite.data.csv.CsvReaderNode(), "read",
                List.of(), "file=data/sequences.csv").get(0);
        DataTable sequences = (DataTable) LstmSequenceTest.run(new org.neurite.data.sequence.RowsToSequenceNode(),
                "sequences", List.of(steps)).get(0);
        DataTable train = LstmSequenceTest.standardiseEachSequence(sequences, "sequence");
        var net = Nets.layer(new org.neurite.dl.layers.InputLayerNode(), "input", List.of(train.spec()),
                "columns=sequence");
        net = Nets.layer(new org.neurite.dl.layers.LstmNode(), "lstm", List.of(net), "units=32");
        List<org.neurite.engine.port.PortSpec> in = new ArrayList<>(List.of(net));
        in.add(null);
        net = Nets.layer(new org.neurite.dl.layers.OutputLayerNode(), "output", in, "targetColumn=label");
        for (int round = 0; round < 3; round++) {
            for (int threads : new int[] { 1, 2 }) {
                CpuWatch cpu = new CpuWatch();
                TrainedModel m = (TrainedModel) org.neurite.engine.execution.NodeHarness.of(TrainerTest.TRAINER)
                        .execute(Flow.settings(TrainerTest.TRAINER, "epochs=4", "batchSize=16", "learningRate=0.1",
                                "threads=" + threads), net, train, null, null).get(0);
                double seconds = m.history().epochs().stream().mapToDouble(TrainingHistory.Epoch::seconds).sum();
                System.out.println(String.format(Locale.ROOT, "[benchmark] LSTM 3-32-4, 800 sequences x 50 steps,"
                        + " batch 16, threads %d: %.0f sequences/s; other processes used %.2f cores", threads,
                        4 * 800 / seconds, cpu.othersCores()));
            }
        }
    }
}
