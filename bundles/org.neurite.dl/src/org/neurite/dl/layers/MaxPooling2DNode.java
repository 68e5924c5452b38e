package org.neurite.dl.layers;

import org.neurite.dl.network.Layer;
import org.neurite.dl.network.MaxPooling2D;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Padding;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Max pooling over 2-D windows. */
@Component(service = NodeFactory.class)
public final class MaxPooling2DNode extends LayerNodeFactory<MaxPooling2DNode.Settings> {

    public static final String ID = "org.neurite.dl.maxpool2d";

    public record Settings(
            @Setting(label = "Window height", description = "Rows of each pooling window.", defaultValue = "2",
                    min = 1, max = 1024) int kernelHeight,
            @Setting(label = "Window width", description = "Columns of each pooling window.", defaultValue = "2",
                    min = 1, max = 1024) int kernelWidth,
            @Setting(label = "Stride height", description = "Rows the window moves per step; usually the window"
                    + " height, so windows do not overlap.", defaultValue = "2", min = 1, max = 1024) int strideHeight,
            @Setting(label = "Stride width", description = "Columns the window moves per step; usually the window"
                    + " width.", defaultValue = "2", min = 1, max = 1024) int strideWidth,
            @Setting(label = "Padding", description = "Valid: windows stay inside the image and a leftover border"
                    + " is dropped. Same: the border is padded so every pixel is pooled (size divided by the"
                    + " stride, rounded up).", defaultValue = "VALID") Padding padding) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Max Pooling 2D")
            .category(CATEGORY).icon("icons/maxpool2d.png").description("""
                    Max pooling shrinks an image by keeping only the largest value of each small window, \
                    separately in every channel. With a 2 x 2 window and stride 2, the window [[1, 5], \
                    [3, 2]] becomes 5, and a 24 x 24 x 20 image becomes 12 x 12 x 20: a quarter of the \
                    numbers, the same channels.

                    Why it helps: a channel after a convolution says how strongly a pattern was found at each \
                    position. The maximum keeps "the pattern is here, somewhere in this window" and forgets \
                    exactly where. If the digit moves by a pixel, the 5 in [[1, 5], [3, 2]] may move to \
                    another corner of the window, and the pooled value is still 5. This small translation \
                    invariance makes the network less sensitive to where things are, and the smaller image \
                    makes the following layers cheaper and lets them see a wider area.

                    The layer learns nothing: it has 0 parameters.

                    Input: a network ending in an image. Output: the network with this layer added; its shape \
                    is [?, smaller height, smaller width, same channels].""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to extend; it must end in an image.")
            .output("network", "Network", NetworkSpec.TYPE, "The network with this layer added.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(Settings s) {
        return new MaxPooling2D(s.kernelHeight(), s.kernelWidth(), s.strideHeight(), s.strideWidth(), s.padding());
    }
}
