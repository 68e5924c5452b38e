package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Shape;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.settings.NoSettings;

/**
 * DL4J's numerical gradient checks on compiled graphs of every layer kind: the analytic gradients DL4J
 * back-propagates through our configuration match finite differences. Tiny sizes, double precision (float is
 * too coarse for finite differences; training uses float).
 */
class GradientCheckTest {

    private static DataType previousDefault;
    private static DataType previousFloatingDefault;
    private static int previousThreads;
    private static int previousMasterThreads;

    @BeforeAll
    static void doublePrecisionOneThread() {
        Dl4jRuntime.initialize();
        previousDefault = Nd4j.dataType();
        previousFloatingDefault = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        // thousands of tiny forward passes: with several OpenMP threads they spend their time spinning (measured
        // 83 s instead of 7 s on a busy 2-core machine)
        previousThreads = Nd4j.getEnvironment().maxThreads();
        previousMasterThreads = Nd4j.getEnvironment().maxMasterThreads();
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
    }

    @AfterAll
    static void restore() {
        Nd4j.setDefaultDataTypes(previousDefault, previousFloatingDefault);
        Nd4j.getEnvironment().setMaxThreads(previousThreads);
        Nd4j.getEnvironment().setMaxMasterThreads(previousMasterThreads);
    }

    private static final CompileOptions DOUBLE = CompileOptions.defaults().withDataType(DataType.DOUBLE)
            .withUpdater(new NoOp()).withSeed(12345);

    private static void assertGradientsCorrect(NetworkSpec network, int batch) throws Exception {
        CompiledNetwork compiled = CompiledNetwork.compile(network, DOUBLE);
        ComputationGraph graph = compiled.newGraph();
        Random random = new Random(42);
        INDArray[] inputs = new INDArray[compiled.inputs().size()];
        for (int i = 0; i < inputs.length; i++) {
            long[] shape = compiled.featureShape(i, batch, 4);
            float[] rows = new float[(int) java.util.Arrays.stream(shape).reduce(1, Math::multiplyExact)];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = (float) random.nextGaussian();
            }
            inputs[i] = compiled.featuresFromRows(i, rows, batch);
        }
        Shape out = compiled.output().outputShape();
        INDArray labels;
        if (out instanceof Shape.Sequence s) {
            int steps = (int) inputs[0].size(2);
            float[] rows = new float[batch * steps * s.features()];
            for (int k = 0; k < batch * steps; k++) {
                rows[k * s.features() + random.nextInt(s.features())] = 1;
            }
            labels = compiled.labelsFromRows(rows, batch);
        } else {
            int[] classes = random.ints(batch, 0, (int) out.elementCount()).toArray();
            labels = compiled.oneHot(classes);
        }
        assertEquals(DataType.DOUBLE, inputs[0].dataType());
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(graph).inputs(inputs)
                .labels(new INDArray[] { labels }).epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
                // the same dropout mask for every evaluation, so that finite differences are meaningful
                .callEachIter(g -> Nd4j.getRandom().setSeed(12345)));
        assertTrue(ok, "gradient check of\n" + network.details());
    }

    private static NetworkSpec features(int n) throws Exception {
        return Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", n)), "x");
    }

    private static NetworkSpec output(NetworkSpec in, String objective, int units) throws Exception {
        return Layers.configure(Layers.OUTPUT, "out1", in, "objective=" + objective, "units=" + units);
    }

    @Test
    void denseWithPenalties() throws Exception {
        NetworkSpec d = Layers.configure(Layers.DENSE, "dense1", features(4), "units=5", "activation=TANH",
                "l1=0.01", "l2=0.02");
        NetworkSpec d2 = Layers.configure(Layers.DENSE, "dense2", d, "units=3", "activation=SIGMOID",
                "bias=false");
        assertGradientsCorrect(output(d2, "CLASSIFICATION", 3), 3);
    }

    @Test
    void convolutionAndPoolingIntoAnOutput() throws Exception {
        NetworkSpec in = Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", 6, 5, 2)), "x");
        NetworkSpec c1 = Layers.configure(Layers.CONV, "conv1", in, "filters=3", "kernelHeight=2", "kernelWidth=2",
                "padding=SAME", "activation=TANH");
        NetworkSpec p1 = Layers.configure(Layers.POOL, "pool1", c1);
        NetworkSpec c2 = Layers.configure(Layers.CONV, "conv2", p1, "filters=2", "kernelHeight=2", "kernelWidth=1",
                "activation=SIGMOID", "bias=false");
        assertGradientsCorrect(output(c2, "BINARY", 2), 2);
    }

    @Test
    void stridedDilatedConvolutionIntoARegression() throws Exception {
        NetworkSpec in = Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", 7, 7, 1)), "x");
        NetworkSpec c = Layers.configure(Layers.CONV, "conv1", in, "filters=2", "strideHeight=2",
                "dilationHeight=2", "activation=TANH");
        assertGradientsCorrect(output(c, "REGRESSION", 2), 2);
    }

    @Test
    void dropout() throws Exception {
        NetworkSpec d = Layers.configure(Layers.DENSE, "dense1", features(4), "units=5", "activation=TANH");
        assertGradientsCorrect(output(Layers.configure(Layers.DROPOUT, "drop1", d, "rate=0.4"), "CLASSIFICATION",
                3), 3);
    }

    @Test
    void lstmLastStepAndFullSequence() throws Exception {
        NetworkSpec in = Layers.input("input1", TableSpec.of(-1, ColumnSpec.sequence("s", 5, 3)), "s");
        assertGradientsCorrect(output(Layers.configure(Layers.LSTM, "lstm1", in, "units=4"), "CLASSIFICATION", 2),
                2);
        NetworkSpec varying = Layers.input("input1", TableSpec.of(-1, ColumnSpec.sequence("s", ColumnSpec.VARIES,
                3)), "s");
        NetworkSpec full = Layers.configure(Layers.LSTM, "lstm1", varying, "units=4", "output=FULL_SEQUENCE");
        assertGradientsCorrect(output(Layers.configure(Layers.LSTM, "lstm2", full, "units=3",
                "output=FULL_SEQUENCE"), "CLASSIFICATION", 2), 2);
    }

    @Test
    void branchingGraphWithMergesAndLstms() throws Exception {
        NetworkSpec in = Layers.input("input1", TableSpec.of(-1, ColumnSpec.sequence("s", 4, 3)), "s");
        NetworkSpec l1 = Layers.configure(Layers.LSTM, "lstm1", in, "units=3");
        NetworkSpec l2 = Layers.configure(Layers.LSTM, "lstm2", in, "units=2");
        NetworkSpec d2 = Layers.configure(Layers.DENSE, "dense2", l2, "units=3", "activation=TANH");
        NetworkSpec cat = Layers.configure(Layers.CONCATENATE, "concat1", new NoSettings(), l1, d2, null, null);
        NetworkSpec sum = Layers.configure(Layers.ADD, "add1", new NoSettings(), l1, d2, null, null);
        NetworkSpec both = Layers.configure(Layers.CONCATENATE, "concat2", new NoSettings(), cat, sum, null, null);
        assertEquals(List.of("input1", "lstm1", "lstm2", "dense2", "concat1", "add1", "concat2"),
                both.layers().stream().map(l -> l.name()).toList());
        assertGradientsCorrect(output(both, "CLASSIFICATION", 2), 2);
    }
}
