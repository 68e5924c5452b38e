package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Keeps the largest value of each window, per channel: the image shrinks, the channels stay.
 *
 * @param kernelHeight window rows
 * @param kernelWidth  window columns
 * @param strideHeight rows the window moves per step
 * @param strideWidth  columns the window moves per step
 * @param padding      valid or same
 */
public record MaxPooling2D(int kernelHeight, int kernelWidth, int strideHeight, int strideWidth, Padding padding)
        implements Layer {

    public MaxPooling2D {
        if (kernelHeight < 1 || kernelWidth < 1 || strideHeight < 1 || strideWidth < 1) {
            throw new IllegalArgumentException("Kernel and stride must be at least 1");
        }
    }

    @Override
    public String kind() {
        return "Max Pooling 2D";
    }

    @Override
    public String describe() {
        return kernelHeight + " x " + kernelWidth + ", stride " + strideHeight + " x " + strideWidth + ", "
                + padding.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        Shape.Image in = Windows.image(kind(), inputs.get(0),
                "pooling shrinks images; put it after a Convolution 2D or an image input");
        return Windows.slide(kind(), inputs.get(0), in, "the window " + kernelHeight + " x " + kernelWidth,
                kernelHeight, kernelWidth, strideHeight, strideWidth, padding, in.channels());
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return 0;
    }
}
