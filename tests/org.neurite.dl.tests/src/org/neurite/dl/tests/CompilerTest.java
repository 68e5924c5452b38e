package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.compile.FusedLstm;
import org.neurite.dl.compile.NetworkCompiler;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.settings.NoSettings;

/** The compiled graphs equal hand-built DL4J graphs: configuration, parameters, outputs. */
class CompilerTest {

    @BeforeAll
    static void nd4j() {
        Dl4jRuntime.initialize();
    }

    /** LeNet as a DL4J user writes it by hand, with the compiler's default options (seed 42, SGD 0.01). */
    private static ComputationGraphConfiguration handBuiltLenet() {
        return new NeuralNetConfiguration.Builder().seed(42).updater(new Sgd(0.01)).graphBuilder()
                .addInputs("input1")
                .addLayer("conv1", new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build(), "input1")
                .addLayer("pool1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "conv1")
                .addLayer("conv2", new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.IDENTITY)
                        .weightInit(WeightInit.XAVIER).build(), "pool1")
                .addLayer("pool2", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "conv2")
                .addLayer("dense1", new DenseLayer.Builder().nOut(500).activation(Activation.RELU)
                        .weightInit(WeightInit.XAVIER).build(), "pool2")
                .addLayer("dropout1", new DropoutLayer.Builder(0.5).build(), "dense1")
                .addLayer("output1", new OutputLayer.Builder(LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "dropout1")
                .setOutputs("output1").setInputTypes(InputType.convolutional(28, 28, 1)).build();
    }

    @Test
    void lenetEqualsTheHandBuiltGraph() throws Exception {
        CompiledNetwork compiled = CompiledNetwork.compile(Layers.lenet(), CompileOptions.defaults());
        ComputationGraphConfiguration hand = handBuiltLenet();
        assertEquals(hand, compiled.configuration());
        assertEquals(hand.toJson(), compiled.configuration().toJson());

        ComputationGraph ours = compiled.newGraph();
        ComputationGraph theirs = new ComputationGraph(hand);
        theirs.init();
        assertEquals(431_080, ours.numParams());
        assertEquals(431_080, theirs.numParams());
        for (String layer : List.of("conv1", "conv2", "dense1", "output1")) {
            Map<String, INDArray> a = ours.getLayer(layer).paramTable();
            Map<String, INDArray> b = theirs.getLayer(layer).paramTable();
            assertEquals(b.keySet(), a.keySet(), layer);
            b.forEach((k, v) -> assertArrayEquals(v.shape(), a.get(k).shape(), layer + " " + k));
        }
        // same seed, same configuration: the same initial weights, hence the same outputs
        assertEquals(theirs.params(), ours.params());
        INDArray images = Nd4j.rand(DataType.FLOAT, 4, 1, 28, 28);
        assertEquals(theirs.outputSingle(images), ours.outputSingle(images));
        Dl4jShapes.assertAgree(compiled);
    }

    @Test
    void identicalWeightsGiveIdenticalOutputsForABranchingGraph() throws Exception {
        // input -> convA, convB -> add(convA, convB) -> concatenate(add, convA) -> pool -> dense -> dropout 0.2
        TableSpec table = TableSpec.of(-1, ColumnSpec.tensor("image", 12, 12, 3), ColumnSpec.category("label",
                List.of("a", "b", "c")));
        NetworkSpec in = Layers.input("input1", table, "image");
        NetworkSpec a = Layers.configure(Layers.CONV, "convA", in, "filters=4", "padding=SAME");
        NetworkSpec b = Layers.configure(Layers.CONV, "convB", in, "filters=4", "padding=SAME", "kernelHeight=5",
                "kernelWidth=5", "activation=TANH");
        NetworkSpec sum = Layers.configure(Layers.ADD, "add1", new NoSettings(), a, b, null, null);
        NetworkSpec cat = Layers.configure(Layers.CONCATENATE, "concat1", new NoSettings(), sum, a, null, null);
        NetworkSpec pooled = Layers.configure(Layers.POOL, "pool1", cat);
        NetworkSpec dense = Layers.configure(Layers.DENSE, "dense1", pooled, "units=16");
        NetworkSpec drop = Layers.configure(Layers.DROPOUT, "drop1", dense, "rate=0.2");
        NetworkSpec net = Layers.configure(Layers.OUTPUT, "out1", Layers.settings(Layers.OUTPUT,
                "targetColumn=label"), drop, table);
        assertEquals("[?, 6, 6, 8]", pooled.summary());

        CompileOptions options = CompileOptions.defaults().withSeed(7);
        CompiledNetwork compiled = CompiledNetwork.compile(net, options);
        ComputationGraphConfiguration hand = new NeuralNetConfiguration.Builder().seed(7).updater(new Sgd(0.01))
                .graphBuilder().addInputs("input1")
                .addLayer("convA", new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).weightInit(WeightInit.XAVIER).build(), "input1")
                .addLayer("convB", new ConvolutionLayer.Builder(5, 5).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.TANH).weightInit(WeightInit.XAVIER).build(), "input1")
                .addVertex("add1", new ElementWiseVertex(ElementWiseVertex.Op.Add), "convA", "convB")
                .addVertex("concat1", new MergeVertex(), "add1", "convA")
                .addLayer("pool1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "concat1")
                .addLayer("dense1", new DenseLayer.Builder().nOut(16).activation(Activation.RELU)
                        .weightInit(WeightInit.XAVIER).build(), "pool1")
                // DL4J takes the probability of KEEPING a value: drop rate 0.2 is DropoutLayer(0.8)
                .addLayer("drop1", new DropoutLayer.Builder(0.8).build(), "dense1")
                .addLayer("out1", new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX)
                        .weightInit(WeightInit.XAVIER).build(), "drop1")
                .setOutputs("out1").setInputTypes(InputType.convolutional(12, 12, 3)).build();
        assertEquals(hand, compiled.configuration());

        ComputationGraph ours = compiled.newGraph();
        ComputationGraph theirs = new ComputationGraph(hand);
        theirs.init();
        theirs.setParams(Nd4j.rand(DataType.FLOAT, 1, theirs.numParams()).subi(0.5));
        ours.setParams(theirs.params().dup());
        INDArray input = Nd4j.rand(DataType.FLOAT, 5, 3, 12, 12);
        INDArray expected = theirs.outputSingle(input);
        assertEquals(expected, ours.outputSingle(input));
        assertArrayEquals(new long[] { 5, 3 }, expected.shape());
        Dl4jShapes.assertAgree(compiled);
    }

    @Test
    void twoBranchGraphsRunForwardOnRandomData() throws Exception {
        // an image branch and a measurements branch joined, as two inputs
        TableSpec table = TableSpec.of(-1, ColumnSpec.tensor("image", 16, 16, 1), ColumnSpec.doubles("a"),
                ColumnSpec.doubles("b"), ColumnSpec.category("label", List.of("x", "y", "z", "w")));
        NetworkSpec pixels = Layers.input("pixels", table, "image");
        NetworkSpec conv = Layers.configure(Layers.CONV, "conv1", pixels, "filters=6", "kernelHeight=5",
                "kernelWidth=5");
        NetworkSpec pool = Layers.configure(Layers.POOL, "pool1", conv);
        NetworkSpec imageFeatures = Layers.configure(Layers.DENSE, "dense1", pool, "units=12");
        NetworkSpec numbers = Layers.input("numbers", table, "a,b");
        NetworkSpec numberFeatures = Layers.configure(Layers.DENSE, "dense2", numbers, "units=4",
                "activation=TANH");
        NetworkSpec joined = Layers.configure(Layers.CONCATENATE, "concat1", new NoSettings(), imageFeatures,
                numberFeatures, null, null);
        NetworkSpec net = Layers.configure(Layers.OUTPUT, "out1", Layers.settings(Layers.OUTPUT,
                "targetColumn=label"), joined, table);
        assertEquals("[?, 16]", joined.summary());

        CompiledNetwork compiled = CompiledNetwork.compile(net, CompileOptions.defaults());
        Dl4jShapes.assertAgree(compiled);
        ComputationGraph graph = compiled.newGraph();
        Random random = new Random(5);
        int batch = 7;
        float[] images = new float[batch * 256];
        float[] measurements = new float[batch * 2];
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextFloat();
        }
        for (int i = 0; i < measurements.length; i++) {
            measurements[i] = (float) random.nextGaussian();
        }
        INDArray[] out = graph.output(compiled.featuresFromRows(0, images, batch),
                compiled.featuresFromRows(1, measurements, batch));
        assertArrayEquals(new long[] { batch, 4 }, out[0].shape());
        INDArray rowSums = out[0].sum(1);
        for (int r = 0; r < batch; r++) {
            assertEquals(1.0, rowSums.getDouble(r), 1e-5, "softmax row " + r);
        }

        // a sequence read by two LSTMs, one of them stacked, joined by Add and Concatenate
        TableSpec sequences = TableSpec.of(-1, ColumnSpec.sequence("signal", 12, 3), ColumnSpec.doubles("y"));
        NetworkSpec s = Layers.input("input1", sequences, "signal");
        NetworkSpec l1 = Layers.configure(Layers.LSTM, "lstm1", s, "units=5", "output=FULL_SEQUENCE");
        NetworkSpec l2 = Layers.configure(Layers.LSTM, "lstm2", l1, "units=6");
        NetworkSpec l3 = Layers.configure(Layers.LSTM, "lstm3", s, "units=6");
        NetworkSpec added = Layers.configure(Layers.ADD, "add1", new NoSettings(), l2, l3, null, null);
        NetworkSpec both = Layers.configure(Layers.CONCATENATE, "concat1", new NoSettings(), added, l3, null, null);
        NetworkSpec regression = Layers.configure(Layers.OUTPUT, "out1", Layers.settings(Layers.OUTPUT,
                "objective=REGRESSION", "targetColumn=y"), both, sequences);
        CompiledNetwork rnn = CompiledNetwork.compile(regression, CompileOptions.defaults());
        Dl4jShapes.assertAgree(rnn);
        float[] steps = new float[batch * 12 * 3];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = (float) random.nextGaussian();
        }
        INDArray prediction = rnn.newGraph().outputSingle(rnn.featuresFromRows(0, steps, batch));
        assertArrayEquals(new long[] { batch, 1 }, prediction.shape());
        for (int r = 0; r < batch; r++) {
            assertTrue(Double.isFinite(prediction.getDouble(r, 0)), "finite prediction " + r);
        }
    }

    @Test
    void lstmMatchesAHandBuiltGraph() throws Exception {
        TableSpec table = TableSpec.of(-1, ColumnSpec.sequence("signal", 50, 8), ColumnSpec.category("label",
                List.of("sine", "square", "saw", "walk")));
        NetworkSpec in = Layers.input("input1", table, "signal");
        NetworkSpec lstm = Layers.configure(Layers.LSTM, "lstm1", in, "units=64");
        NetworkSpec net = Layers.configure(Layers.OUTPUT, "out1", Layers.settings(Layers.OUTPUT,
                "targetColumn=label"), lstm, table);
        assertEquals(18_948, net.parameterCount());
        CompiledNetwork compiled = CompiledNetwork.compile(net, CompileOptions.defaults());
        ComputationGraphConfiguration hand = new NeuralNetConfiguration.Builder().seed(42).updater(new Sgd(0.01))
                .graphBuilder().addInputs("input1")
                .addLayer("lstm1", new LastTimeStep(new LSTM.Builder().nOut(64).activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build()), "input1")
                .addLayer("out1", new OutputLayer.Builder(LossFunction.MCXENT).nOut(4).activation(Activation.SOFTMAX)
                        .weightInit(WeightInit.XAVIER).build(), "lstm1")
                .setOutputs("out1").setInputTypes(InputType.recurrent(8, 50)).build();
        // the compiler uses its fused LSTM (one native operation per pass): a drop-in for DL4J's LSTM, with the same
        // initial weights (in its own gate order) and the same outputs, before and after training steps
        FusedLstm fused = (FusedLstm) compiled.configuration().getVertices().entrySet().stream()
                .filter(e -> e.getKey().equals("lstm1")).map(e -> ((LayerVertex) e.getValue()).getLayerConf().getLayer())
                .findFirst().orElseThrow();
        assertTrue(fused.isLastStepOnly());
        assertEquals(64, fused.getNOut());
        assertEquals(8, fused.getNIn());
        ComputationGraph ours = compiled.newGraph();
        ComputationGraph theirs = new ComputationGraph(hand);
        theirs.init();
        assertEquals(18_948, theirs.numParams());
        assertEquals(18_948, ours.numParams());
        INDArray input = Nd4j.rand(DataType.FLOAT, 3, 8, 50);
        assertTrue(theirs.outputSingle(input).equalsWithEps(ours.outputSingle(input), 1e-5));
        INDArray labels = Nd4j.createFromArray(new float[][] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } });
        for (int step = 0; step < 3; step++) {
            theirs.fit(new org.nd4j.linalg.dataset.DataSet(input, labels));
            ours.fit(new org.nd4j.linalg.dataset.DataSet(input, labels));
        }
        assertEquals(theirs.score(), ours.score(), 1e-5);
        assertTrue(theirs.outputSingle(input).equalsWithEps(ours.outputSingle(input), 1e-4),
                "after 3 steps: " + theirs.outputSingle(input) + " vs " + ours.outputSingle(input));
    }

    @Test
    void optionsReachTheConfiguration() throws Exception {
        CompileOptions options = CompileOptions.defaults().withSeed(123).withL2(1e-4);
        ComputationGraphConfiguration conf = NetworkCompiler.compile(Layers.lenet(), options);
        assertEquals(123, conf.getDefaultConfiguration().getSeed());
        assertEquals(WorkspaceMode.ENABLED, conf.getTrainingWorkspaceMode());
        assertEquals(WorkspaceMode.ENABLED, conf.getInferenceWorkspaceMode());
        assertEquals(DataType.FLOAT, conf.getDataType());
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        assertEquals(DataType.FLOAT, graph.params().dataType());
        assertNotEquals(0, ((org.deeplearning4j.nn.conf.layers.BaseLayer) graph.getLayer("dense1").conf().getLayer())
                .getRegularization().size(), "the network-wide L2 reaches the dense layer");
    }

    @Test
    void onlyFinishedNetworksCompile() throws Exception {
        assertEquals("the network ends in Dropout 'dropout1', not in an output layer: add an Output Layer node"
                + " after it", assertThrows(InvalidConfigurationException.class,
                        () -> NetworkCompiler.compile(Layers.lenetBody(), CompileOptions.defaults())).getMessage());
    }
}
