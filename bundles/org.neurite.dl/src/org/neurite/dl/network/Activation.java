package org.neurite.dl.network;

import org.neurite.engine.settings.Choice;

/** The function a layer applies to each of its weighted sums. */
public enum Activation implements Choice {
    RELU("ReLU"),
    LEAKY_RELU("Leaky ReLU"),
    ELU("ELU"),
    SELU("SELU"),
    GELU("GELU"),
    SWISH("Swish"),
    TANH("Tanh"),
    SIGMOID("Sigmoid"),
    HARD_SIGMOID("Hard sigmoid"),
    SOFTPLUS("Softplus"),
    SOFTMAX("Softmax"),
    IDENTITY("Identity (linear)");

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
