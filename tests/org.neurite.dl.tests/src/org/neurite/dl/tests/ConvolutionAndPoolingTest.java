package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.InvalidConfigurationException;

class ConvolutionAndPoolingTest {

    private static NetworkSpec image(int h, int w, int c) throws Exception {
        return Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", h, w, c)), "x");
    }

    private static NetworkSpec conv(NetworkSpec in, String... settings) throws Exception {
        return Layers.configure(Layers.CONV, "conv1", in, settings);
    }

    private static NetworkSpec pool(NetworkSpec in, String... settings) throws Exception {
        return Layers.configure(Layers.POOL, "pool1", in, settings);
    }

    @Test
    void lenetFirstConvolution() throws Exception {
        NetworkSpec n = conv(image(28, 28, 1), "filters=20", "kernelHeight=5", "kernelWidth=5");
        assertEquals("[?, 24, 24, 20]", n.summary());
        assertEquals("520 params", n.producerNote());
    }

    @Test
    void paddingStrideAndDilation() throws Exception {
        NetworkSpec in = image(28, 28, 3);
        assertEquals("[?, 28, 28, 8]", conv(in, "filters=8", "padding=SAME").summary());
        assertEquals("[?, 14, 14, 8]", conv(in, "filters=8", "padding=SAME", "strideHeight=2", "strideWidth=2")
                .summary());
        // valid, stride 2: (28 - 3) / 2 + 1 = 13 (the last column that does not fit a full step is dropped)
        assertEquals("[?, 13, 13, 8]", conv(in, "filters=8", "strideHeight=2", "strideWidth=2").summary());
        // dilation 2 spreads a 3 x 3 kernel over 5 x 5
        assertEquals("[?, 24, 26, 8]", conv(in, "filters=8", "dilationHeight=2").summary());
        // 3 x 3 x 3 x 8 weights + 8 biases; without bias only the weights
        assertEquals("224 params", conv(in, "filters=8").producerNote());
        assertEquals("216 params", conv(in, "filters=8", "bias=false").producerNote());
        // a rectangular kernel
        assertEquals("[?, 28, 24, 4]", conv(in, "filters=4", "kernelHeight=1", "kernelWidth=5").summary());
    }

    @Test
    void edgeSizes() throws Exception {
        assertEquals("[?, 1, 1, 2]", conv(image(5, 5, 1), "filters=2", "kernelHeight=5", "kernelWidth=5")
                .summary());
        assertEquals("[?, 1, 1, 2]", conv(image(1, 1, 1), "filters=2", "padding=SAME").summary());
        assertEquals("[?, 1, 1, 1]", pool(image(1, 1, 1), "padding=SAME").summary());
    }

    @Test
    void maxPoolingHalvesAndKeepsChannels() throws Exception {
        NetworkSpec n = pool(conv(image(28, 28, 1), "filters=20", "kernelHeight=5", "kernelWidth=5"));
        assertEquals("[?, 12, 12, 20]", n.summary());
        assertEquals("0 params", n.producerNote());
        assertEquals("[?, 12, 12, 3]", pool(image(25, 25, 3)).summary());
        assertEquals("[?, 13, 13, 3]", pool(image(25, 25, 3), "padding=SAME").summary());
        assertEquals("[?, 8, 8, 3]", pool(image(24, 24, 3), "kernelHeight=3", "kernelWidth=3", "strideHeight=3",
                "strideWidth=3").summary());
        // overlapping windows
        assertEquals("[?, 11, 11, 3]", pool(image(24, 24, 3), "kernelHeight=3", "kernelWidth=3").summary());
    }

    @Test
    void kernelLargerThanTheInput() throws Exception {
        NetworkSpec small = image(4, 4, 50);
        assertEquals("Convolution 2D: the kernel 5 x 5 is larger than the input an image [4 x 4 x 50] from"
                + " 'input1': use a smaller kernel, or 'Same' padding", assertThrows(
                        InvalidConfigurationException.class,
                        () -> conv(small, "kernelHeight=5", "kernelWidth=5")).getMessage());
        assertEquals("Convolution 2D: the kernel 3 x 3 (dilated 5 x 5) is larger than the input an image"
                + " [4 x 4 x 50] from 'input1': use a smaller kernel, or 'Same' padding", assertThrows(
                        InvalidConfigurationException.class,
                        () -> conv(small, "dilationHeight=2", "dilationWidth=2")).getMessage());
        assertEquals("Max Pooling 2D: the window 5 x 2 is larger than the input an image [4 x 4 x 50] from"
                + " 'input1': use a smaller kernel, or 'Same' padding", assertThrows(
                        InvalidConfigurationException.class,
                        () -> pool(small, "kernelHeight=5")).getMessage());
    }

    @Test
    void imagesOnly() throws Exception {
        NetworkSpec features = Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", 784)), "x");
        assertEquals("Convolution 2D needs an image input [H x W x C], got a feature vector [784] from 'input1':"
                + " use Dense for feature vectors, LSTM for sequences", assertThrows(
                        InvalidConfigurationException.class, () -> conv(features)).getMessage());
        NetworkSpec sequence = Layers.input("input1", TableSpec.of(-1, ColumnSpec.sequence("s", 50, 8)), "s");
        assertEquals("Max Pooling 2D needs an image input [H x W x C], got a sequence [50 x 8] from 'input1':"
                + " pooling shrinks images; put it after a Convolution 2D or an image input", assertThrows(
                        InvalidConfigurationException.class, () -> pool(sequence)).getMessage());
    }

    @Test
    void settingsOutOfBoundsNameTheSetting() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> conv(image(28, 28, 1), "filters=0"));
        assertTrue(e.getMessage().contains("setting 'filters' (Filters)"), e.getMessage());
    }
}
