package org.neurite.dl.network;

import org.neurite.engine.node.InvalidConfigurationException;

/** The shape rule that convolution and pooling share: a window sliding over an image. */
final class Windows {

    static Shape.Image image(String kind, LayerSpec input, String fix) throws InvalidConfigurationException {
        if (input.outputShape() instanceof Shape.Image image) {
            return image;
        }
        throw new InvalidConfigurationException(kind + " needs an image input [H x W x C], got " + Layer.from(input)
                + ": " + fix);
    }

    /** The output image, or an error when the window does not fit or the output would be empty. */
    static Shape.Image slide(String kind, LayerSpec input, Shape.Image in, String window, int height, int width,
            int strideHeight, int strideWidth, Padding padding, int channels) throws InvalidConfigurationException {
        if (padding == Padding.VALID && (height > in.height() || width > in.width())) {
            throw new InvalidConfigurationException(kind + ": " + window + " is larger than the input "
                    + Layer.from(input) + ": use a smaller kernel, or 'Same' padding");
        }
        int outHeight = padding.outputLength(in.height(), height, strideHeight);
        int outWidth = padding.outputLength(in.width(), width, strideWidth);
        return new Shape.Image(outHeight, outWidth, channels);
    }

    private Windows() {
    }
}
