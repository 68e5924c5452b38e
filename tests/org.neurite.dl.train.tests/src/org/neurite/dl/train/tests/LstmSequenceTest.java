package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.partition.PartitioningNode;
import org.neurite.data.score.ScoreTable;
import org.neurite.data.score.ScorerNode;
import org.neurite.data.sequence.RowsToSequenceNode;
import org.neurite.data.sequence.StandardizeSequencesNode;
import org.neurite.data.table.DataTable;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.layers.LstmNode;
import org.neurite.dl.layers.OutputLayerNode;
import org.neurite.dl.model.ModelFile;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.predict.PredictorNode;
import org.neurite.dl.train.TrainerNode;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;

/**
 * Acceptance: an LSTM classifies the 800 signals of examples/data/sequences.csv (sine, square, sawtooth, random
 * walk; 50 steps x 3 features) by their shape over time. The data comes through the nodes a user chains: CSV
 * Reader, Rows to Sequence, Standardize Sequences, stratified Partitioning (600 train / 200 test).
 *
 * <p>The generator gives every sequence and feature a random level and gain, so that level and spread tell
 * nothing. Those must be taken out per sequence before an LSTM can generalise from 600 examples: without it
 * DL4J and PyTorch alike (LSTM 32, SGD with Nesterov momentum) memorise the training set and stay near 45% on the
 * test set: the Standardize Sequences node does it.
 *
 * <p>The bound: chance is 25% (four balanced classes); examples/data/README.md reports 66% for a logistic
 * regression on per-feature mean, sd, min and max and 79% with hand-made kurtosis and roughness features. An LSTM
 * reading the standardised steps must beat the hand-made features clearly: at least 85% on the 200 held-out
 * sequences (PyTorch 1.13 with the same network and optimiser reaches 94-96% after 20-25 epochs).
 */
class LstmSequenceTest {

    static final double BOUND = 0.85;

    static <S extends Record> List<PortObject> run(NodeFactory<S> node, String id, List<PortObject> inputs,
            String... settings) throws Exception {
        return NodeHarness.of(node, Data.examples()).withNodeId(id).execute(Flow.settings(node, settings),
                inputs.toArray(PortObject[]::new));
    }

    @Test
    void anLstmTellsSignalShapesApart() throws Exception {
        DataTable steps = (DataTable) run(new CsvReaderNode(), "read", List.of(), "file=data/sequences.csv").get(0);
        DataTable sequences = (DataTable) run(new RowsToSequenceNode(), "sequences", List.of(steps)).get(0);
        assertEquals(800, sequences.rowCount());
        DataTable standardised = (DataTable) run(new StandardizeSequencesNode(), "standardize", List.of(sequences))
                .get(0);
        List<PortObject> split = run(new PartitioningNode(), "split", List.of(standardised), "trainFraction=0.75",
                "stratifyColumn=label", "seed=42");
        DataTable train = (DataTable) split.get(0);
        DataTable test = (DataTable) split.get(1);
        assertEquals(600, train.rowCount());

        NetworkSpec net = Nets.layer(new InputLayerNode(), "input", List.of(train.spec()), "columns=sequence");
        net = Nets.layer(new LstmNode(), "lstm", List.of(net), "units=32", "output=LAST_STEP");
        List<PortSpec> out = new ArrayList<>(List.of(net));
        out.add(null);
        net = Nets.layer(new OutputLayerNode(), "output", out, "targetColumn=label");

        long start = System.nanoTime();
        List<PortObject> trained = NodeHarness.of(TrainerTest.TRAINER).withNodeId("train").execute(Flow.settings(
                TrainerTest.TRAINER, "epochs=25", "batchSize=16", "learningRate=0.1", "momentum=0.9",
                "gradientClipping=LAYER_NORM", "clippingThreshold=1", "seed=42"), net, train, test, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        TrainedModel model = (TrainedModel) trained.get(0);
        DataTable predictions = (DataTable) run(new PredictorNode(), "predict", List.of(model, test)).get(0);
        DataTable metrics = (DataTable) run(new ScorerNode(), "score", List.of(predictions), "actualColumn=label",
                "predictedColumn=prediction").get(0);
        double accuracy = ScoreTable.value(metrics, ScoreTable.ACCURACY);
        for (TrainingHistory.Epoch e : model.history().epochs()) {
            System.out.println(String.format(Locale.ROOT, "[acceptance] LSTM epoch %d: loss %.4f, test accuracy"
                    + " %.4f, %.2f s", e.epoch(), e.loss(), e.validationAccuracy(), e.seconds()));
        }
        System.out.println(String.format(Locale.ROOT, "[acceptance] LSTM sequences: test accuracy %.4f (chance"
                + " 0.25, hand-made features 0.79); training %.1f s", accuracy, seconds));
        assertTrue(accuracy >= BOUND, "test accuracy " + accuracy + " below " + BOUND);

        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("lstm").resolve("lstm.zip");
        ModelFile.write(model, file);
        TrainedModel read = ModelFile.read(file).model();
        assertEquals(predictions, run(new PredictorNode(), "predict", List.of(read, test)).get(0),
                "the LSTM read back from its file predicts exactly the same");
    }
}
