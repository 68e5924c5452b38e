package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.neurite.dl4j.runtime.CpuFeatures;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.dl4j.runtime.NativeVariant;
import org.neurite.dl4j.runtime.RuntimeSettings;

/** The fast path is on by default: the oneDNN native build, and DL4J's oneDNN layer helpers really run. */
class OneDnnHelpersTest {

    @Test
    void theNativeBuildMatchesTheCpuAndHasOneDnn() throws Exception {
        RuntimeSettings settings = Dl4jRuntime.initialize();
        // The fallback test run forces the no-AVX2 build and names it here; otherwise the CPU decides.
        String expected = System.getProperty("neurite.test.expectedNativeVariant",
                NativeVariant.forCpu(CpuFeatures.ofThisMachine()).classifier());
        assertEquals(expected, settings.nativeVariant());

        String buildInfo = PlainWorkerThread.call(() -> {
            Nd4j.getBackend(); // NativeOpsHolder needs ND4J's configuration, which Nd4j's initialisation loads
            return NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
        });
        assertTrue(buildInfo.contains("HAVE_ONEDNN"), "libnd4jcpu build info: " + buildInfo);
        String libnd4jcpu = Loader.getLoadedLibraries().values().stream()
                .filter(path -> path != null && path.endsWith("/libnd4jcpu.so")).findFirst().orElse("(not loaded)");
        assertTrue(libnd4jcpu.contains("/" + expected + "/"), "loaded " + libnd4jcpu);
    }

    @Test
    void convolutionAndPoolingRunThroughOneDnnDuringFit() throws Exception {
        RuntimeSettings settings = Dl4jRuntime.initialize();
        assertTrue(settings.oneDnnLayerHelpers(), settings.toString());

        Layer[] layers = PlainWorkerThread.call(() -> {
            // DL4J reflects on the old class name; this is the lookup our org.nd4j.nativeblas.Nd4jCpu answers.
            assertTrue(BaseMKLDNNHelper.mklDnnEnabled(), "BaseMKLDNNHelper.mklDnnEnabled()");
            ComputationGraph graph = new ComputationGraph(smallCnn());
            graph.init();
            DataSet batch = new DataSet(Nd4j.rand(DataType.FLOAT, 8, 1, 12, 12),
                    Nd4j.eye(4).repeat(0, 2).castTo(DataType.FLOAT));
            for (int i = 0; i < 3; i++) {
                graph.fit(batch);
            }
            return new Layer[] {graph.getLayer("conv"), graph.getLayer("pool")};
        });
        // With fallback disabled, a failing helper would have thrown during fit(); so the helper ran.
        assertInstanceOf(MKLDNNConvHelper.class, layers[0].getHelper(), "convolution helper");
        assertInstanceOf(MKLDNNSubsamplingHelper.class, layers[1].getHelper(), "pooling helper");
    }

    private static ComputationGraphConfiguration smallCnn() {
        return new NeuralNetConfiguration.Builder()
                .seed(3)
                .dataType(DataType.FLOAT)
                .updater(new Nesterovs(0.01, 0.9))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in")
                .setInputTypes(InputType.convolutional(12, 12, 1))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU)
                        .cudnnAllowFallback(false).build(), "in")
                .addLayer("pool", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).cudnnAllowFallback(false).build(), "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(4).activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out")
                .build();
    }
}
