package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * A 2-D convolution: {@code filters} small kernels slide over the image, each producing one output channel.
 *
 * @param filters        output channels
 * @param kernelHeight   kernel rows
 * @param kernelWidth    kernel columns
 * @param strideHeight   rows the kernel moves per step
 * @param strideWidth    columns the kernel moves per step
 * @param padding        valid or same
 * @param dilationHeight spacing between kernel rows (1 = dense kernel)
 * @param dilationWidth  spacing between kernel columns
 * @param activation     applied to each output
 * @param weightInit     how the kernels start
 * @param bias           whether each filter adds a learnt constant
 */
public record Convolution2D(int filters, int kernelHeight, int kernelWidth, int strideHeight, int strideWidth,
        Padding padding, int dilationHeight, int dilationWidth, Activation activation, WeightInit weightInit,
        boolean bias) implements Layer {

    public Convolution2D {
        if (filters < 1 || kernelHeight < 1 || kernelWidth < 1 || strideHeight < 1 || strideWidth < 1
                || dilationHeight < 1 || dilationWidth < 1) {
            throw new IllegalArgumentException("Filters, kernel, stride and dilation must be at least 1");
        }
    }

    @Override
    public String kind() {
        return "Convolution 2D";
    }

    @Override
    public String describe() {
        return filters + " filters " + kernelHeight + " x " + kernelWidth + ", stride " + strideHeight + " x "
                + strideWidth + (dilationHeight * dilationWidth > 1 ? ", dilation " + dilationHeight + " x "
                        + dilationWidth : "")
                + ", " + padding.name().toLowerCase(java.util.Locale.ROOT) + ", " + activation.label()
                + (bias ? "" : ", no bias");
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        Shape.Image in = Windows.image(kind(), inputs.get(0), "use Dense for feature vectors, LSTM for sequences");
        int effectiveHeight = (kernelHeight - 1) * dilationHeight + 1;
        int effectiveWidth = (kernelWidth - 1) * dilationWidth + 1;
        String kernel = "the kernel " + kernelHeight + " x " + kernelWidth
                + (effectiveHeight != kernelHeight || effectiveWidth != kernelWidth
                        ? " (dilated " + effectiveHeight + " x " + effectiveWidth + ")" : "");
        return Windows.slide(kind(), inputs.get(0), in, kernel, effectiveHeight, effectiveWidth, strideHeight,
                strideWidth, padding, filters);
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        Shape.Image in = (Shape.Image) inputs.get(0).outputShape();
        return (long) kernelHeight * kernelWidth * in.channels() * filters + (bias ? filters : 0);
    }
}
