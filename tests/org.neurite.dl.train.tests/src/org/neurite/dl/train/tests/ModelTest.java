package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.normalize.NormalizerModel;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.model.ModelFile;
import org.neurite.dl.model.ModelReaderNode;
import org.neurite.dl.model.ModelWriterNode;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainedModelSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.predict.PredictorNode;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.InvalidConfigurationException;

/** Predictor output, and model files: written, read back, predicting the same, refusing what is not a model. */
class ModelTest {

    static final PredictorNode PREDICTOR = new PredictorNode();
    static final ModelWriterNode WRITER = new ModelWriterNode();
    static final ModelReaderNode READER = new ModelReaderNode();

    static TrainedModel classifier;

    @BeforeAll
    static void train() throws Exception {
        classifier = TrainerTest.model(TrainerTest.train(TrainerTest.net(0.5), null, null, "epochs=3",
                "learningRate=0.05", "batchSize=32"));
    }

    static DataTable predict(TrainedModel model, DataTable table, String... settings) throws Exception {
        return (DataTable) NodeHarness.of(PREDICTOR).execute(Flow.settings(PREDICTOR, settings), model, table).get(0);
    }

    @Test
    void classificationAppendsProbabilitiesAndTheMostProbableClass() throws Exception {
        DataTable test = Data.blobs(200, 0.4, 9).without("label");
        DataTable out = predict(classifier, test);
        assertEquals(List.of("x1", "x2", "P(a)", "P(b)", "P(c)", "prediction"), out.spec().columnNames());
        assertEquals(ColumnSpec.category("prediction", List.of("a", "b", "c")), out.spec().column("prediction")
                .orElseThrow());
        CategoryColumn predicted = out.column("prediction", CategoryColumn.class);
        for (int r = 0; r < out.rowCount(); r++) {
            double a = out.column("P(a)", DoubleColumn.class).get(r);
            double b = out.column("P(b)", DoubleColumn.class).get(r);
            double c = out.column("P(c)", DoubleColumn.class).get(r);
            assertEquals(1, a + b + c, 1e-5, "softmax probabilities add up to 1");
            int best = a >= b && a >= c ? 0 : b >= c ? 1 : 2;
            assertEquals(best, predicted.code(r));
        }
        TableSpec configured = (TableSpec) NodeHarness.of(PREDICTOR).configure(Flow.settings(PREDICTOR),
                classifier.spec(), test.spec()).get(0);
        assertEquals(configured, out.spec().withRowCount(configured.rowCount()), "configure foresaw the columns");
        DataTable lean = predict(classifier, test, "probabilities=false", "predictionColumn=digit");
        assertEquals(List.of("x1", "x2", "digit"), lean.spec().columnNames());
    }

    @Test
    void regressionPredictsANumberAndIntClassesStayInts() throws Exception {
        DataTable points = Data.blobs(300, 0.4, 5);
        double[] y = new double[points.rowCount()];
        for (int r = 0; r < y.length; r++) {
            y[r] = 2 * points.column("x1", DoubleColumn.class).get(r) - points.column("x2", DoubleColumn.class).get(r);
        }
        DataTable withY = points.with(DoubleColumn.of("y", y));
        NetworkSpec net = Nets.dense(withY.spec(), "x1,x2", 8, 0, "REGRESSION", "y");
        TrainedModel model = TrainerTest.model(NodeHarness.of(TrainerTest.TRAINER).execute(Flow.settings(
                TrainerTest.TRAINER, "epochs=20", "batchSize=16", "learningRate=0.01"), net, withY, null, null));
        DataTable out = predict(model, withY);
        assertEquals(ColumnType.DOUBLE, out.spec().column("prediction").orElseThrow().type());
        double mse = 0;
        for (int r = 0; r < y.length; r++) {
            double d = out.column("prediction", DoubleColumn.class).get(r) - y[r];
            mse += d * d / y.length;
        }
        assertTrue(mse < 0.1, "learnt y = 2 x1 - x2 (variance about 5), MSE " + mse);

        DataTable ints = Data.blobsWithIntLabels(300, 0.4, 4);
        TrainedModel intModel = TrainerTest.model(NodeHarness.of(TrainerTest.TRAINER).execute(Flow.settings(
                TrainerTest.TRAINER, "epochs=2"), Nets.dense(ints.spec(), "x1,x2", 8, 0, "CLASSIFICATION", "class"),
                ints, null, null));
        DataTable intOut = predict(intModel, ints);
        assertEquals(List.of("x1", "x2", "class", "P(0)", "P(1)", "P(2)", "prediction"), intOut.spec().columnNames());
        assertTrue(intOut.column("prediction") instanceof IntColumn);
    }

    @Test
    void aTableWithoutTheFeatureColumnsIsRefusedAtConfigure() {
        TableSpec wrong = TableSpec.of(5, ColumnSpec.doubles("x1"), ColumnSpec.category("x2", List.of("u")));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> NodeHarness.of(PREDICTOR).configure(Flow.settings(PREDICTOR), classifier.spec(), wrong));
        assertTrue(e.getMessage().contains("the table to predict's column 'x2' is category (1), but the network was"
                + " trained on double"), e.getMessage());
    }

    @Test
    void aModelReadBackPredictsExactlyWhatItPredictedBefore(@TempDir Path dir) throws Exception {
        DataTable test = Data.blobs(500, 0.6, 11);
        DataTable before = predict(classifier, test);
        NodeHarness.of(WRITER, dir).execute(Flow.settings(WRITER, "file=models/blobs.zip"), classifier, null);
        Path file = dir.resolve("models/blobs.zip");
        assertTrue(Files.size(file) > 0);
        try (var listing = Files.list(dir.resolve("models"))) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
        TrainedModelSpec spec = (TrainedModelSpec) NodeHarness.of(READER, dir)
                .configure(Flow.settings(READER, "file=models/blobs.zip")).get(0);
        assertEquals(classifier.spec(), spec, "network, columns, classes and seed known at configure time");
        TrainedModel read = (TrainedModel) NodeHarness.of(READER, dir).execute(Flow.settings(READER,
                "file=models/blobs.zip")).get(0);
        assertEquals(classifier.history(), read.history());
        assertEquals(classifier.graph().params(), read.graph().params());
        DataTable after = predict(read, test);
        assertEquals(before, after, "identical predictions, probabilities included");
        // DL4J alone can still load the network
        ComputationGraph plain = ModelSerializer.restoreComputationGraph(file.toFile(), true);
        assertEquals(classifier.graph().getConfiguration(), plain.getConfiguration());
    }

    @Test
    void theNormaliserOfTheTrainingDataTravelsWithTheModel(@TempDir Path dir) throws Exception {
        NormalizerModel normalizer = NormalizerModel.fit(TrainerTest.TRAIN, List.of("x1", "x2"),
                NormalizerModel.Method.Z_SCORE);
        NodeHarness.of(WRITER, dir).execute(Flow.settings(WRITER, "file=with.zip"), classifier, normalizer);
        NodeHarness.of(WRITER, dir).execute(Flow.settings(WRITER, "file=without.zip"), classifier, null);
        var withSpecs = NodeHarness.of(READER, dir).configure(Flow.settings(READER, "file=with.zip"));
        assertEquals(normalizer.spec(), withSpecs.get(1), "known at configure time");
        var with = NodeHarness.of(READER, dir).execute(Flow.settings(READER, "file=with.zip"));
        assertEquals(normalizer, with.get(1));
        NormalizerModel none = (NormalizerModel) NodeHarness.of(READER, dir)
                .execute(Flow.settings(READER, "file=without.zip")).get(1);
        assertTrue(none.columns().isEmpty());
        assertEquals(TrainerTest.TRAIN, none.apply(TrainerTest.TRAIN), "without one, the output changes nothing");
    }

    @Test
    void filesThatAreNotNeuriteModelsAreRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.zip");
        ModelSerializer.writeModel(classifier.graph(), plain.toFile(), false);
        assertReaderProblem(dir, "plain.zip", "is not a Neurite model: it has no neurite-model.json (it looks like a"
                + " plain DL4J model");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertReaderProblem(dir, "notes.txt", "is not a model file (not a zip archive)");
        assertReaderProblem(dir, "missing.zip", "does not exist");
    }

    private static void assertReaderProblem(Path dir, String file, String expected) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> NodeHarness.of(READER, dir).configure(Flow.settings(READER, "file=" + file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("setting 'file' (File)"), e.getMessage());
    }

    @Test
    void theWriterKeepsAnExistingFileWhenOverwriteIsOff(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.zip");
        Files.writeString(file, "precious");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> NodeHarness.of(WRITER, dir).execute(Flow.settings(WRITER, "overwrite=false"), classifier, null));
        assertTrue(e.getMessage().contains("exists and 'Overwrite' is off"), e.getMessage());
        assertEquals("precious", Files.readString(file));
        NodeHarness.of(WRITER, dir).execute(Flow.settings(WRITER), classifier, null);
        assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).equals("precious"));
        assertEquals(classifier.spec(), ModelFile.readSpec(file));
    }
}
