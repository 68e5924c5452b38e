package org.neurite.engine.node;

/**
 * A node cannot be configured with its inputs and settings. The message says what is wrong and how to fix it,
 * e.g. {@code LSTM needs a sequence input [T x F], got an image [28 x 28 x 1]: add a reshape, or use Convolution 2D};
 * the engine prefixes it with the node's name.
 */
public class InvalidConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
