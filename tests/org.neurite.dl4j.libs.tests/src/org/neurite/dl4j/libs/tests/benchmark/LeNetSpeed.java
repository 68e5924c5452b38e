package org.neurite.dl4j.libs.tests.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.dl4j.runtime.RuntimeSettings;

/**
 * Measures the training speed of a LeNet-style CNN in this JVM, with whatever native build and helper setting
 * {@link Dl4jRuntime#initialize()} derives from the system properties. One configuration per JVM, because the
 * native build cannot change once loaded; {@link LeNetSpeedComparison} starts one JVM per configuration.
 * <p>
 * Arguments: label warm-up-iterations window-seconds windows. A timed window runs whole iterations until the given
 * time has passed, so slow and fast configurations get windows of the same length. Prints one {@code WINDOW} line per
 * window: samples per second, and the CPU cores used by this process and by everything else meanwhile.
 */
public final class LeNetSpeed {

    static final int BATCH = 64;
    private static final int BATCHES = 16;

    private LeNetSpeed() {
    }

    public static void main(String[] args) throws IOException {
        String label = args[0];
        int warmUp = Integer.parseInt(args[1]);
        long windowNanos = (long) (Double.parseDouble(args[2]) * 1e9);
        int windows = Integer.parseInt(args[3]);

        RuntimeSettings settings = Dl4jRuntime.initialize();
        ComputationGraph graph = new ComputationGraph(leNet());
        graph.init();
        DataSet[] batches = new DataSet[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            batches[i] = new DataSet(Nd4j.rand(DataType.FLOAT, BATCH, 1, 28, 28), oneHot(BATCH, 10, i));
        }
        String build = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_ONEDNN")
                ? "oneDNN" : "no oneDNN";
        System.out.println("CONFIG " + label + ": " + settings + "; libnd4jcpu " + build + "; conv helper "
                + graph.getLayer("conv1").getHelper());

        int step = 0;
        for (int i = 0; i < warmUp; i++) {
            graph.fit(batches[step++ % BATCHES]);
        }
        for (int w = 0; w < windows; w++) {
            CpuClock before = CpuClock.now();
            int iterations = 0;
            do {
                graph.fit(batches[step++ % BATCHES]);
                iterations++;
            } while (System.nanoTime() - before.wallNanos < windowNanos);
            CpuClock after = CpuClock.now();
            double seconds = (after.wallNanos - before.wallNanos) / 1e9;
            double own = (after.ownCpuNanos - before.ownCpuNanos) / 1e9 / seconds;
            double all = (after.busySeconds - before.busySeconds) / seconds;
            double samplesPerSecond = iterations * BATCH / seconds;
            System.out.printf(Locale.ROOT, "WINDOW %s samples_per_s=%.1f own_cores=%.2f other_cores=%.2f"
                    + " samples_per_cpu_s=%.1f score=%.4f%n", label, samplesPerSecond, own, Math.max(0, all - own),
                    samplesPerSecond / own, graph.score());
        }
    }

    /** conv5x5x20 - maxpool2 - conv5x5x50 - maxpool2 - dense500 relu - softmax10; 431,080 parameters. */
    static ComputationGraphConfiguration leNet() {
        return new NeuralNetConfiguration.Builder()
                .seed(12345)
                .dataType(DataType.FLOAT)
                .updater(new Nesterovs(0.01, 0.9))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(28, 28, 1))
                .addLayer("conv1", new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.IDENTITY).build(), "in")
                .addLayer("pool1", maxPool(), "conv1")
                .addLayer("conv2", new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.IDENTITY).build(), "pool1")
                .addLayer("pool2", maxPool(), "conv2")
                .addLayer("dense", new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build(), "pool2")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.NEGATIVELOGLIKELIHOOD)
                        .nOut(10).activation(Activation.SOFTMAX).build(), "dense")
                .setOutputs("out")
                .build();
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    private static org.nd4j.linalg.api.ndarray.INDArray oneHot(int rows, int classes, int seed) {
        java.util.Random random = new java.util.Random(seed);
        float[][] labels = new float[rows][classes];
        for (float[] row : labels) {
            row[random.nextInt(classes)] = 1f;
        }
        return Nd4j.create(labels);
    }

    /** Wall time, this process's CPU time, and the busy CPU seconds of the whole machine (/proc/stat). */
    private record CpuClock(long wallNanos, long ownCpuNanos, double busySeconds) {

        static CpuClock now() throws IOException {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            long ownCpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
            return new CpuClock(System.nanoTime(), ownCpu, busy / 100.0); // USER_HZ is 100 on Linux
        }
    }
}
