package org.neurite.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * Contestant (b): the benchmark models as a hand-written DL4J {@code ComputationGraph} program, the way an
 * experienced DL4J user writes it for speed: every mini-batch built once up front as its own {@code DataSet},
 * a new random order of the mini-batches each epoch, one {@code fit(DataSet)} per step, no listener.
 * <p>
 * {@code java HandWrittenDl4j lenet|lstm DATA... [threads]}: for lenet DATA is the images and labels IDX files, for
 * lstm the sequence CSV. It trains until killed and prints {@code STEP <iterations>} at most every 200 ms (the
 * benchmark driver times those lines). {@code threads} limits the native threads as the trainer does (0 = ND4J's
 * default; {@code -Dbenchmark.threadLimit=nd4j} sets only ND4J's own limit, as the trainer did before); the
 * driver passes what Neurite's trainer chooses, so that (a)/(b) measures the workflow, not a thread setting.
 * DL4J is initialised by Neurite's {@code Dl4jRuntime} when it is on the class path (the same native build,
 * oneDNN helpers and fix as the product), else left to DL4J's own defaults.
 */
public final class HandWrittenDl4j {

    static final int BATCH = 64;
    static final long SEED = 42;

    private HandWrittenDl4j() {
    }

    public static void main(String[] args) throws Exception {
        String model = args[0];
        initialiseLikeNeurite();
        boolean lenet = model.equals("lenet");
        BenchmarkData.Examples data = lenet ? BenchmarkData.mnist(Path.of(args[1]), Path.of(args[2]))
                : BenchmarkData.sequences(Path.of(args[1]));
        int threads = Integer.parseInt(args[lenet ? 3 : 2]);
        if (threads > 0) {
            // what Neurite's trainer does (NativeThreads): ND4J's limit, this thread's OpenMP team, OpenBLAS
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            if (!"nd4j".equals(System.getProperty("benchmark.threadLimit"))) {
                org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
                Nd4j.factory().blas().setMaxThreads(threads);
            }
        }
        ComputationGraph graph = new ComputationGraph(lenet ? lenet() : lstm(data.classCount()));
        graph.init();
        long[] shape = lenet ? new long[] { 1, 28, 28 }
                : new long[] { BenchmarkData.FEATURES, BenchmarkData.STEPS };
        train(graph, batches(data, shape));
    }

    /** Calls Neurite's {@code Dl4jRuntime.initialize()} by reflection, so the program also runs without it. */
    private static void initialiseLikeNeurite() throws Exception {
        try {
            Object settings = Class.forName("org.neurite.dl4j.runtime.Dl4jRuntime").getMethod("initialize")
                    .invoke(null);
            System.out.println("RUNTIME " + settings);
        } catch (ClassNotFoundException e) {
            System.out.println("RUNTIME DL4J defaults (no Neurite runtime on the class path)");
        }
    }

    static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder().seed(SEED)
                .updater(new Nesterovs(new StepSchedule(ScheduleType.EPOCH, 0.01, 0.5, 2), 0.9))
                .weightInit(WeightInit.XAVIER).dataType(DataType.FLOAT)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED).inferenceWorkspaceMode(WorkspaceMode.ENABLED);
    }

    /** conv 5x5x20, max-pool 2, conv 5x5x50, max-pool 2, dense 500 ReLU, dropout 0.5, softmax 10. */
    static ComputationGraphConfiguration lenet() {
        return base().graphBuilder().addInputs("input")
                .addLayer("conv1", new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.IDENTITY).build(),
                        "input")
                .addLayer("pool1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "conv1")
                .addLayer("conv2", new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.IDENTITY).build(),
                        "pool1")
                .addLayer("pool2", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                        .stride(2, 2).build(), "conv2")
                .addLayer("dense", new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build(), "pool2")
                .addLayer("dropout", new DropoutLayer.Builder(0.5).build(), "dense")
                .addLayer("output", new OutputLayer.Builder(LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build(), "dropout")
                .setOutputs("output").setInputTypes(InputType.convolutional(28, 28, 1)).build();
    }

    /**
     * LSTM 64 (tanh, sigmoid gates) returning its last step, softmax over the classes. The LSTM layer is the one
     * Neurite's compiler uses ({@code FusedLstm}, one native operation per pass) unless {@code -Dneurite.lstm=legacy}
     * asks, as it does the compiler, for DL4J's own {@code LSTM} in a {@code LastTimeStep} wrapper.
     */
    static ComputationGraphConfiguration lstm(int classes) {
        org.deeplearning4j.nn.conf.layers.Layer lstm = "legacy".equals(System.getProperty("neurite.lstm"))
                ? new LastTimeStep(new LSTM.Builder().nOut(64).activation(Activation.TANH)
                        .gateActivationFunction(Activation.SIGMOID).build())
                : new org.neurite.dl.compile.FusedLstm.Builder().nOut(64).lastStepOnly(true).build();
        return base().graphBuilder().addInputs("input")
                .addLayer("lstm", lstm, "input")
                .addLayer("output", new OutputLayer.Builder(LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("output")
                .setInputTypes(InputType.recurrent(BenchmarkData.FEATURES, BenchmarkData.STEPS)).build();
    }

    /** Full mini-batches of {@link #BATCH} examples, each its own arrays ({@code shape} per example). */
    static List<DataSet> batches(BenchmarkData.Examples data, long[] shape) {
        List<DataSet> batches = new ArrayList<>();
        int size = data.exampleSize();
        for (int start = 0; start + BATCH <= data.count(); start += BATCH) {
            float[] features = new float[BATCH * size];
            System.arraycopy(data.features(), start * size, features, 0, features.length);
            long[] full = new long[shape.length + 1];
            full[0] = BATCH;
            System.arraycopy(shape, 0, full, 1, shape.length);
            float[] labels = new float[BATCH * data.classCount()];
            for (int i = 0; i < BATCH; i++) {
                labels[i * data.classCount() + data.classes()[start + i]] = 1;
            }
            INDArray x = Nd4j.create(features, full, 'c');
            INDArray y = Nd4j.create(labels, new long[] { BATCH, data.classCount() }, 'c');
            batches.add(new DataSet(x, y));
        }
        return batches;
    }

    static void train(ComputationGraph graph, List<DataSet> batches) {
        Random random = new Random(SEED);
        long iterations = 0;
        long lastReport = 0;
        List<DataSet> order = new ArrayList<>(batches);
        while (true) {
            Collections.shuffle(order, random);
            for (DataSet batch : order) {
                graph.fit(batch);
                iterations++;
                long now = System.nanoTime();
                if (now - lastReport >= 200_000_000L) {
                    lastReport = now;
                    System.out.println("STEP " + iterations + " " + graph.score());
                }
            }
            graph.incrementEpochCount();
        }
    }
}
