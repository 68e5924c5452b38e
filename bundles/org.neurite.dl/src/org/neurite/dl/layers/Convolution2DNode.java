package org.neurite.dl.layers;

import org.neurite.dl.network.Activation;
import org.neurite.dl.network.Convolution2D;
import org.neurite.dl.network.Layer;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Padding;
import org.neurite.dl.network.WeightInit;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** A 2-D convolution layer. */
@Component(service = NodeFactory.class)
public final class Convolution2DNode extends LayerNodeFactory<Convolution2DNode.Settings> {

    public static final String ID = "org.neurite.dl.conv2d";

    public record Settings(
            @Setting(label = "Filters", description = "How many kernels the layer learns; each gives one output"
                    + " channel.", defaultValue = "32", min = 1, max = 65_536) int filters,
            @Setting(label = "Kernel height", description = "Rows of each kernel.", defaultValue = "3", min = 1,
                    max = 1024) int kernelHeight,
            @Setting(label = "Kernel width", description = "Columns of each kernel.", defaultValue = "3", min = 1,
                    max = 1024) int kernelWidth,
            @Setting(label = "Stride height", description = "Rows the kernel moves per step; 2 halves the height.",
                    defaultValue = "1", min = 1, max = 1024) int strideHeight,
            @Setting(label = "Stride width", description = "Columns the kernel moves per step; 2 halves the width.",
                    defaultValue = "1", min = 1, max = 1024) int strideWidth,
            @Setting(label = "Padding", description = "Valid: the kernel stays inside the image, which shrinks by"
                    + " the kernel size minus one. Same: the border is padded with zeros so the size is kept"
                    + " (divided by the stride).", defaultValue = "VALID") Padding padding,
            @Setting(label = "Activation", description = "The function applied to each output value.",
                    defaultValue = "RELU") Activation activation,
            @Setting(label = "Dilation height", description = "Spacing between kernel rows: 2 spreads a 3 x 3"
                    + " kernel over 5 x 5 pixels, seeing more at the same cost.", defaultValue = "1", min = 1,
                    max = 1024, section = "Advanced") int dilationHeight,
            @Setting(label = "Dilation width", description = "Spacing between kernel columns.", defaultValue = "1",
                    min = 1, max = 1024, section = "Advanced") int dilationWidth,
            @Setting(label = "Weight initialisation", description = "How the kernels are drawn before training:"
                    + " Xavier for tanh and sigmoid, He for ReLU.", defaultValue = "XAVIER",
                    section = "Advanced") WeightInit weightInit,
            @Setting(label = "Bias", description = "Whether each filter adds a learnt constant.",
                    defaultValue = "true", section = "Advanced") boolean bias) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Convolution 2D")
            .category(CATEGORY).icon("icons/conv2d.png").description("""
                    A convolution layer finds local patterns in images. Each filter is a small grid of weights \
                    (the kernel, e.g. 5 x 5) that slides over the image; at every position it multiplies the \
                    pixels under it by its weights and adds them up. Where the pixels look like the kernel \
                    (an edge, a corner, a curve), the sum is large. The sums of one filter form one output \
                    channel: a map of where its pattern occurs.

                    Because the same small kernel is used at every position, a pattern is recognised wherever \
                    it appears, and the layer needs few weights: 20 filters of 5 x 5 on a grey image learn \
                    5 x 5 x 1 x 20 weights plus 20 biases, 520 numbers, however large the image is. \
                    Stacked convolutions combine simple patterns into complex ones: strokes, then parts of \
                    digits, then digits.

                    Output size: with valid padding, a 28 x 28 image and a 5 x 5 kernel give 24 x 24 (the \
                    kernel fits in 24 positions per row); same padding keeps 28 x 28. A stride of 2 halves the \
                    size; dilation spreads the kernel out to see a wider area.

                    Input: a network ending in an image [height x width x channels]. Output: the network with \
                    this layer added; its shape is [?, new height, new width, filters].""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to extend; it must end in an image.")
            .output("network", "Network", NetworkSpec.TYPE, "The network with this layer added.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(Settings s) {
        return new Convolution2D(s.filters(), s.kernelHeight(), s.kernelWidth(), s.strideHeight(), s.strideWidth(),
                s.padding(), s.dilationHeight(), s.dilationWidth(), s.activation(), s.weightInit(), s.bias());
    }
}
