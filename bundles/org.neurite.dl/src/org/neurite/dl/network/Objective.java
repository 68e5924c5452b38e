package org.neurite.dl.network;

import org.neurite.engine.settings.Choice;

/**
 * What an output layer predicts: the activation of its units and the loss training minimises come as a pair,
 * because only these pairs make sense together.
 */
public enum Objective implements Choice {
    /** One class out of several: softmax turns the outputs into probabilities that sum to 1. */
    CLASSIFICATION("Classification: softmax + cross-entropy", "softmax", "multi-class cross-entropy"),
    /** Yes/no per unit: each sigmoid output is an independent probability (binary or multi-label). */
    BINARY("Yes/no or several labels: sigmoid + binary cross-entropy", "sigmoid", "binary cross-entropy"),
    /** Numbers: the outputs are the weighted sums themselves. */
    REGRESSION("Regression: identity + mean squared error", "identity", "mean squared error");

    private final String label;
    private final String activation;
    private final String loss;

    Objective(String label, String activation, String loss) {
        this.label = label;
        this.activation = activation;
        this.loss = loss;
    }

    @Override
    public String label() {
        return label;
    }

    /** {@code softmax + multi-class cross-entropy}. */
    public String pair() {
        return activation + " + " + loss;
    }
}
