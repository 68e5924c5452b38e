package org.neurite.dl.schedule;

import org.neurite.engine.settings.Choice;

/** How the learning rate changes as training goes on; t counts epochs or iterations from 0. */
public enum DecayPolicy implements Choice {
    /** rate(t) = initial. */
    FIXED("Fixed"),
    /** rate(t) = initial * gamma^floor(t / step). */
    STEP("Step: multiply by gamma every k steps"),
    /** rate(t) = initial * gamma^t. */
    EXPONENTIAL("Exponential: multiply by gamma every step"),
    /** rate(t) = initial / (1 + gamma * t)^power. */
    INVERSE("Inverse: initial / (1 + gamma t)^power"),
    /** rate(t) = minimum + (initial - minimum) * (1 - t / length)^power, then minimum. */
    POLYNOMIAL("Polynomial: down to the minimum over a length"),
    /** rate(t) = initial / (1 + exp(steepness * (t - midpoint))). */
    SIGMOID("Sigmoid: a smooth drop around a midpoint"),
    /** rate(t) = minimum + (initial - minimum) * (1 + cos(pi * t / length)) / 2, optionally restarting. */
    COSINE("Cosine annealing (optionally with restarts)");

    private final String label;

    DecayPolicy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
