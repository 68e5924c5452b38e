package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.dl.network.Convolution2D;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.MaxPooling2D;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Padding;
import org.neurite.dl.network.Shape;
import org.neurite.dl.network.WeightInit;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Our configure-time convolution and pooling rules against DL4J's, over many random settings: where we accept,
 * DL4J infers the same shape. We refuse a window larger than the input without padding, as Keras does: for a
 * convolution DL4J fails too, but only when the graph is built or data arrives, after reporting a size from an
 * integer division of a negative number; for pooling it silently pools the part of the window that fits.
 */
class ShapeRulesTest {

    @BeforeAll
    static void nd4j() {
        Dl4jRuntime.initialize();
    }

    @Test
    void convolutionAndPoolingAgreeWithDl4j() throws Exception {
        Random random = new Random(20261124);
        int accepted = 0;
        int refused = 0;
        for (int trial = 0; trial < 300; trial++) {
            int h = 1 + random.nextInt(12);
            int w = 1 + random.nextInt(12);
            int c = 1 + random.nextInt(3);
            int kh = 1 + random.nextInt(5);
            int kw = 1 + random.nextInt(5);
            int sh = 1 + random.nextInt(3);
            int sw = 1 + random.nextInt(3);
            int dh = 1 + random.nextInt(3);
            int dw = 1 + random.nextInt(2);
            Padding padding = random.nextBoolean() ? Padding.SAME : Padding.VALID;
            boolean pool = random.nextInt(3) == 0;
            ConvolutionMode mode = padding == Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate;

            org.neurite.dl.network.Layer ours = pool ? new MaxPooling2D(kh, kw, sh, sw, padding)
                    : new Convolution2D(2, kh, kw, sh, sw, padding, dh, dw,
                            org.neurite.dl.network.Activation.RELU, WeightInit.XAVIER, true);
            Layer theirs = pool
                    ? new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(kh, kw)
                            .stride(sh, sw).convolutionMode(mode).build()
                    : new ConvolutionLayer.Builder(kh, kw).stride(sh, sw).dilation(dh, dw).nOut(2)
                            .convolutionMode(mode).build();
            ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().graphBuilder().addInputs("in")
                    .addLayer("layer", theirs, "in")
                    .addLayer("out", new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build(), "layer")
                    .setOutputs("out").setInputTypes(InputType.convolutional(h, w, c)).build();
            InputType.InputTypeConvolutional dl4j = (InputType.InputTypeConvolutional) conf
                    .getLayerActivationTypes(InputType.convolutional(h, w, c)).get("layer");
            String what = ours + " on " + h + " x " + w + " x " + c + ", DL4J: " + dl4j;

            NetworkSpec in = NetworkSpec.input("in", "Input 'in'", new Input(List.of("x"), new Shape.Image(h, w, c)));
            try {
                Shape shape = in.then("layer", "Layer 'layer'", ours).head().outputShape();
                assertEquals(Dl4jShapes.shapeOf(dl4j), shape, what);
                accepted++;
            } catch (InvalidConfigurationException e) {
                // refused only when the (dilated) window is larger than the input without padding
                int windowHeight = (kh - 1) * (pool ? 1 : dh) + 1;
                int windowWidth = (kw - 1) * (pool ? 1 : dw) + 1;
                assertTrue(padding == Padding.VALID && (windowHeight > h || windowWidth > w), what + " was refused: "
                        + e.getMessage());
                if (!pool) {
                    // DL4J takes the configuration (sometimes with a wrong, truncated size) but fails on data
                    assertThrows(RuntimeException.class, () -> {
                        ComputationGraph graph = new ComputationGraph(conf);
                        graph.init();
                        graph.outputSingle(Nd4j.rand(DataType.FLOAT, 2, c, h, w));
                    }, what + " was refused: " + e.getMessage());
                }
                refused++;
            }
        }
        assertTrue(accepted > 200 && refused > 20, accepted + " accepted, " + refused + " refused");
    }
}
