package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainedModelSpec;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.schedule.LearningRateSchedule;
import org.neurite.dl.schedule.ScheduleUnit;
import org.neurite.dl.train.Momentum;
import org.neurite.dl.train.TrainerNode;
import org.neurite.dl.train.TrainingDivergedException;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;

/** The SGD Trainer on small tables: learning, seeds, the learning rate DL4J uses, early stopping, the NaN guard. */
class TrainerTest {

    static final TrainerNode TRAINER = new TrainerNode();

    static final DataTable TRAIN = Data.blobs(600, 0.4, 1);
    static final DataTable VALIDATION = Data.blobs(300, 0.4, 2);

    static NetworkSpec net(double dropout) throws Exception {
        return Nets.dense(TRAIN.spec(), "x1,x2", 16, dropout, "CLASSIFICATION", "label");
    }

    static NodeHarness<TrainerNode.Settings> harness() {
        return NodeHarness.of(TRAINER).withNodeId("trainer");
    }

    static List<PortObject> train(NetworkSpec net, DataTable validation, LearningRateSchedule schedule,
            String... settings) throws Exception {
        return harness().execute(Flow.settings(TRAINER, settings), net, TRAIN, validation, schedule);
    }

    static TrainedModel model(List<PortObject> outputs) {
        return (TrainedModel) outputs.get(0);
    }

    static float[] weights(TrainedModel model) {
        return model.graph().params().dup().data().asFloat();
    }

    @Test
    void learnsToSeparateTheBlobsAndStreamsItsProgress() throws Exception {
        NodeHarness<TrainerNode.Settings> h = harness();
        List<PortObject> out = h.execute(Flow.settings(TRAINER, "epochs=10", "batchSize=32", "learningRate=0.05", "threads=1"),
                net(0), TRAIN, VALIDATION, null);
        TrainedModel model = model(out);
        TrainingHistory history = model.history();
        assertEquals(10, history.epochs().size());
        TrainingHistory.Epoch last = history.epochs().get(9);
        assertTrue(last.validationAccuracy() >= 0.9, "validation accuracy " + last.validationAccuracy());
        assertTrue(last.loss() < history.epochs().get(0).loss(), "the training loss falls");
        assertEquals(10 * 19, last.iteration(), "600 rows in mini-batches of 32 are 19 iterations per epoch");
        assertEquals("completed 10 epochs", history.ending());
        assertEquals(List.of("a", "b", "c"), model.columns().classLabels());
        assertEquals(3, model.spec().network().head().outputShape().elementCount(), "3 classes -> 3 units");

        DataTable table = (DataTable) out.get(1);
        assertEquals(10, table.rowCount());
        assertEquals(TrainingHistory.tableSpec().columns(), table.spec().columns());
        assertEquals(last.validationLoss(), table.column(TrainingHistory.VALIDATION_LOSS, DoubleColumn.class).get(9));

        List<ExecutionEvent.Metrics> epochs = metrics(h, "epoch");
        assertEquals(10, epochs.size());
        assertTrue(epochs.get(9).values().containsKey("validationAccuracy"));
        List<ExecutionEvent.Metrics> iterations = metrics(h, "iteration");
        assertTrue(!iterations.isEmpty() && iterations.size() <= 190, iterations.size() + " iteration reports");
        assertEquals(190, iterations.get(iterations.size() - 1).step(), "the last iteration is always reported");
        assertTrue(h.events().stream().anyMatch(e -> e instanceof ExecutionEvent.Progress p && p.fraction() == 1));
    }

    static List<ExecutionEvent.Metrics> metrics(NodeHarness<?> h, String scope) {
        return h.events().stream().filter(e -> e instanceof ExecutionEvent.Metrics m && m.scope().equals(scope))
                .map(e -> (ExecutionEvent.Metrics) e).toList();
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() throws Exception {
        NetworkSpec net = net(0.5); // dropout: its masks must follow the seed too
        float[] a = weights(model(train(net, null, null, "epochs=3", "seed=7")));
        float[] b = weights(model(train(net, null, null, "epochs=3", "seed=7")));
        float[] c = weights(model(train(net, null, null, "epochs=3", "seed=8")));
        assertArrayEquals(a, b, "same seed, same data -> identical weights, bit for bit");
        assertTrue(!Arrays.equals(a, c), "another seed -> other weights");
    }

    @Test
    void theLearningRateDl4jUsesPerEpochIsTheStepDecayFormula() throws Exception {
        LearningRateSchedule step = LearningRateSchedule.step(ScheduleUnit.EPOCH, 0.1, 0.5, 2, 5);
        TrainedModel model = model(train(net(0), null, step, "epochs=5", "learningRate=99"));
        ComputationGraph graph = model.graph();
        assertEquals(5, graph.getEpochCount(), "DL4J counted the epochs");
        double[] recorded = model.history().epochs().stream().mapToDouble(TrainingHistory.Epoch::learningRate)
                .toArray();
        double[] formula = new double[5];
        double[] dl4j = new double[5];
        for (int e = 0; e < 5; e++) {
            formula[e] = 0.1 * Math.pow(0.5, Math.floor(e / 2.0));
            graph.getConfiguration().setEpochCount(e); // DL4J's own evaluation of its updater at that epoch
            dl4j[e] = graph.getLearningRate("dense1");
        }
        assertArrayEquals(formula, recorded, 1e-12, "the rate read from DL4J in each epoch (99 is ignored)");
        assertArrayEquals(formula, dl4j, 1e-12);
        assertInstanceOf(Nesterovs.class, ((BaseLayer) graph.getLayer("output1").conf().getLayer()).getIUpdater());
    }

    @Test
    void classicalMomentumWhenNesterovIsOff() throws Exception {
        TrainedModel model = model(train(net(0), VALIDATION, null, "epochs=10", "batchSize=32", "nesterov=false",
                "learningRate=0.05"));
        Object updater = ((BaseLayer) model.graph().getLayer("dense1").conf().getLayer()).getIUpdater();
        assertInstanceOf(Momentum.class, updater);
        assertEquals(0.9, ((Momentum) updater).getMomentum());
        assertTrue(model.history().epochs().get(9).validationAccuracy() >= 0.9);
    }

    @Test
    void earlyStoppingStopsWhenValidationGetsWorseAndRestoresTheBestEpoch() throws Exception {
        // validation labels are random: the better the model learns the real ones, the worse its validation loss
        DataTable noise = Data.shuffledLabels(VALIDATION, 3);
        NetworkSpec net = net(0);
        TrainedModel stopped = model(train(net, noise, null, "epochs=30", "earlyStopping=true", "patience=2",
                "learningRate=0.05"));
        TrainingHistory h = stopped.history();
        int best = h.bestEpoch();
        assertTrue(h.epochs().size() < 30, "stopped early: " + h.ending());
        assertEquals(best + 2, h.epochs().size(), "two epochs without improvement after the best one");
        double bestLoss = h.epochs().get(best - 1).validationLoss();
        assertTrue(h.epochs().stream().allMatch(e -> e.validationLoss() >= bestLoss));
        assertTrue(h.ending().startsWith("stopped early after epoch " + (best + 2)), h.ending());
        assertTrue(h.ending().contains("restored the weights of epoch " + best), h.ending());
        // the restored weights are exactly those of training for the best number of epochs
        TrainedModel reference = model(train(net, null, null, "epochs=" + best, "learningRate=0.05"));
        assertArrayEquals(weights(reference), weights(stopped));
    }

    @Test
    void aHugeLearningRateStopsWithAMessageNamingEpochAndIteration() throws Exception {
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> train(net(0), null, null, "epochs=5", "learningRate=1e6"));
        assertTrue(e.getMessage().matches("the loss became (NaN|infinite) in epoch \\d+, iteration \\d+ .*"),
                e.getMessage());
        assertTrue(e.getMessage().contains("learning rate 1.00e+06") && e.getMessage().contains("Lower the learning"
                + " rate"), e.getMessage());
    }

    @Test
    void intTargetsAreClassesNumberedFromZero() throws Exception {
        DataTable ints = Data.blobsWithIntLabels(300, 0.4, 4);
        NetworkSpec net = Nets.dense(ints.spec(), "x1,x2", 8, 0, "CLASSIFICATION", "class");
        TrainedModelSpec spec = (TrainedModelSpec) harness().configure(Flow.settings(TRAINER), net, ints.spec(), null,
                null).get(0);
        assertTrue(spec.columns().classLabels().isEmpty(), "an int column's classes are known from the data only");
        TrainedModel model = (TrainedModel) harness().execute(Flow.settings(TRAINER, "epochs=2"), net, ints, null,
                null).get(0);
        assertEquals(List.of("0", "1", "2"), model.columns().classLabels());
    }

    @Test
    void twoInputLayersAreFedFromTheirOwnColumns() throws Exception {
        NetworkSpec a = Nets.layer(new org.neurite.dl.layers.InputLayerNode(), "inputA", List.of(TRAIN.spec()),
                "columns=x1");
        NetworkSpec b = Nets.layer(new org.neurite.dl.layers.InputLayerNode(), "inputB", List.of(TRAIN.spec()),
                "columns=x2");
        List<PortSpec> branches = new ArrayList<>(Arrays.asList(a, b, null, null));
        NetworkSpec n = Nets.layer(new org.neurite.dl.layers.ConcatenateNode(), "join", branches);
        n = Nets.layer(new org.neurite.dl.layers.DenseNode(), "dense1", List.of(n), "units=16");
        List<PortSpec> out = new ArrayList<>(Arrays.asList(n, null));
        n = Nets.layer(new org.neurite.dl.layers.OutputLayerNode(), "output1", out, "targetColumn=label");
        TrainedModel model = model(train(n, VALIDATION, null, "epochs=10", "batchSize=32", "learningRate=0.05"));
        assertEquals(2, model.columns().inputs().size());
        assertTrue(model.history().epochs().get(9).validationAccuracy() >= 0.9,
                "both coordinates reach the network: " + model.history().epochs().get(9).validationAccuracy());
    }

    @Test
    void sequencesOfDifferentLengthsTrainWithAMask() throws Exception {
        // the class is the sign of the sequence's mean; lengths 3 to 12 steps
        java.util.Random random = new java.util.Random(5);
        org.neurite.data.table.SequenceColumn.Builder builder = new org.neurite.data.table.SequenceColumn.Builder(1);
        int[] label = new int[400];
        for (int i = 0; i < label.length; i++) {
            int n = 3 + random.nextInt(10);
            label[i] = random.nextInt(2);
            float[] steps = new float[n];
            for (int t = 0; t < n; t++) {
                steps[t] = (float) ((label[i] == 1 ? 0.5 : -0.5) + 0.5 * random.nextGaussian());
            }
            builder.add(steps, n);
        }
        DataTable ragged = DataTable.of(builder.build("s"), org.neurite.data.table.CategoryColumn.of("label",
                List.of("down", "up"), label));
        NetworkSpec n = Nets.layer(new org.neurite.dl.layers.InputLayerNode(), "input1", List.of(ragged.spec()),
                "columns=s");
        n = Nets.layer(new org.neurite.dl.layers.LstmNode(), "lstm1", List.of(n), "units=8");
        List<PortSpec> out = new ArrayList<>(Arrays.asList(n, null));
        n = Nets.layer(new org.neurite.dl.layers.OutputLayerNode(), "output1", out, "targetColumn=label");
        TrainedModel model = (TrainedModel) harness().execute(Flow.settings(TRAINER, "epochs=15", "batchSize=16",
                "learningRate=0.1"), n, ragged, ragged, null).get(0);
        double accuracy = model.history().epochs().get(14).validationAccuracy();
        assertTrue(accuracy >= 0.85, "learnt the sign of the mean over ragged sequences: " + accuracy);
    }

    @Test
    void aValidationClassTheTrainingDataLacksIsRefused() throws Exception {
        DataTable ints = Data.blobsWithIntLabels(100, 0.4, 4);
        int[] classes = ints.column("class", org.neurite.data.table.IntColumn.class).toArray();
        classes[7] = 3;
        DataTable validation = ints.with(org.neurite.data.table.IntColumn.of("class", classes));
        NetworkSpec net = Nets.dense(ints.spec(), "x1,x2", 8, 0, "CLASSIFICATION", "class");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> harness().execute(Flow.settings(TRAINER), net, ints, validation, null));
        assertTrue(e.getMessage().contains("holds class 3 in row 7, but the training table has the classes 0 to 2"),
                e.getMessage());
    }

    @Test
    void configureNamesWhatIsWrongAndHowToFixIt() throws Exception {
        NetworkSpec noTarget = Nets.dense(TRAIN.spec(), "x1,x2", 8, 0, "CLASSIFICATION", "");
        assertProblem(noTarget, TRAIN.spec(), null, "no target column: set 'Target column' here or on Output Layer",
                "targetColumn=");
        assertProblem(net(0), TRAIN.spec(), null, "is set to 'label': clear one of them", "targetColumn=x1");
        assertProblem(net(0), TRAIN.spec(), null, "connect a validation table", "earlyStopping=true");
        TableSpec withoutX2 = TRAIN.spec().without(List.of("x2"));
        assertProblem(net(0), TRAIN.spec(), withoutX2, "the validation table has no column 'x2'");
        assertProblem(net(0), withoutX2, null, "the training table has no column 'x2', which Input Layer 'input1'");
        NetworkSpec regression = Nets.dense(TRAIN.spec(), "x1,x2", 8, 0, "REGRESSION", "label");
        assertProblem(regression, TRAIN.spec(), null, "holds categories, but regression predicts numbers");
        NetworkSpec seesAnswer = Nets.dense(TRAIN.spec(), "x1,x2", 8, 0, "REGRESSION", "x2");
        assertProblem(seesAnswer, TRAIN.spec(), null, "the network would see the answer");
    }

    private static void assertProblem(NetworkSpec net, TableSpec train, TableSpec validation, String expected,
            String... settings) {
        List<PortSpec> in = new ArrayList<>(Arrays.asList(net, train, validation, null));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> harness().configure(Flow.settings(TRAINER, settings), in.toArray(PortSpec[]::new)));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void missingValuesAreRefusedBeforeTraining() throws Exception {
        double[] x1 = TRAIN.column("x1", DoubleColumn.class).toArray();
        x1[17] = Double.NaN;
        DataTable holes = TRAIN.with(DoubleColumn.of("x1", x1));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> harness().execute(Flow.settings(TRAINER), net(0), holes, null, null));
        assertTrue(e.getMessage().contains("column 'x1' has 1 missing value (first in row 17)"), e.getMessage());
    }

    @Test
    void theConfiguredModelSpecKnowsTheClassesAndOutputSize() throws Exception {
        List<PortSpec> specs = harness().configure(Flow.settings(TRAINER), net(0), TRAIN.spec(), VALIDATION.spec(),
                null);
        TrainedModelSpec spec = (TrainedModelSpec) specs.get(0);
        assertEquals(List.of("a", "b", "c"), spec.columns().classLabels());
        assertEquals(List.of("x1", "x2"), spec.columns().featureColumns());
        assertEquals(2 * 16 + 16 + 16 * 3 + 3, spec.network().parameterCount(), "output sized from the labels");
        assertEquals(TrainingHistory.tableSpec(), specs.get(1));
        assertNotEquals("", spec.summary());
    }
}
