package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/** DL4J trains inside OSGi when driven from a thread whose context class loader knows nothing of ND4J. */
class TrainingFromWorkerThreadTest {

    private static final long SEED = 7;

    @Test
    void backendIsFoundFromAThreadWithTheSystemContextClassLoader() throws Exception {
        String backend = PlainWorkerThread.call(() -> {
            assertSame(ClassLoader.getSystemClassLoader(), Thread.currentThread().getContextClassLoader());
            // Nd4jBackend.load() runs ND4J's ServiceLoader discovery again, on this thread.
            return Nd4jBackend.load().getClass().getName();
        });
        assertEquals("org.nd4j.linalg.cpu.nativecpu.CpuBackend", backend);
        assertSame(Dl4jRuntime.class.getClassLoader(), ND4JClassLoading.getNd4jClassloader(),
                "ND4J must look up services through the DL4J bundle's class loader");
    }

    @Test
    void denseGraphLearnsTwoBlobsFromAWorkerThread() throws Exception {
        double[] result = PlainWorkerThread.call(() -> {
            ComputationGraph graph = new ComputationGraph(denseGraph());
            graph.init();
            DataSet train = blobs(400, SEED);
            DataSet heldOut = blobs(200, SEED + 1);
            double before = graph.score(train);
            for (int epoch = 0; epoch < 60; epoch++) {
                graph.fit(train);
            }
            double after = graph.score(train);
            return new double[] {before, after, accuracy(graph, heldOut)};
        });
        double before = result[0];
        double after = result[1];
        assertTrue(after < before / 3, "loss should fall to under a third: before " + before + ", after " + after);
        assertTrue(result[2] >= 0.95, "held-out accuracy " + result[2]);
    }

    private static ComputationGraphConfiguration denseGraph() {
        return new NeuralNetConfiguration.Builder()
                .seed(SEED)
                .dataType(DataType.FLOAT)
                .updater(new Nesterovs(0.05, 0.9))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(2).nOut(8).activation(Activation.TANH).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(8).nOut(2).activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out")
                .build();
    }

    /** Two Gaussian blobs around (-1,-1) and (1,1) with standard deviation 0.5, labels one-hot. */
    private static DataSet blobs(int rows, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[][] features = new float[rows][2];
        float[][] labels = new float[rows][2];
        for (int i = 0; i < rows; i++) {
            int label = i % 2;
            float centre = label == 0 ? -1f : 1f;
            features[i][0] = centre + (float) random.nextGaussian() * 0.5f;
            features[i][1] = centre + (float) random.nextGaussian() * 0.5f;
            labels[i][label] = 1f;
        }
        return new DataSet(Nd4j.create(features), Nd4j.create(labels));
    }

    private static double accuracy(ComputationGraph graph, DataSet data) {
        INDArray predicted = graph.outputSingle(data.getFeatures()).argMax(1);
        INDArray actual = data.getLabels().argMax(1);
        long correct = 0;
        for (int i = 0; i < predicted.length(); i++) {
            if (predicted.getLong(i) == actual.getLong(i)) {
                correct++;
            }
        }
        return (double) correct / predicted.length();
    }
}
