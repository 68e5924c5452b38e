package org.neurite.dl.network;

import org.neurite.engine.settings.Choice;

/** Whether a convolution or pooling window may hang over the image's border. */
public enum Padding implements Choice {
    /** No padding: the window stays inside the image, so the output shrinks by the kernel size minus one. */
    VALID("Valid (no padding, the output shrinks)"),
    /** Zero padding so that the output is the input size divided by the stride, rounded up. */
    SAME("Same (pad with zeros, the output keeps the size)");

    private final String label;

    Padding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Output length along one axis for a window of {@code kernel} (already dilated) moving by {@code stride}:
     * the Keras/TensorFlow rule, which DL4J's {@code ConvolutionMode.Truncate} and {@code Same} follow.
     */
    public int outputLength(int input, int kernel, int stride) {
        return this == SAME ? (input + stride - 1) / stride : input < kernel ? 0 : (input - kernel) / stride + 1;
    }
}
