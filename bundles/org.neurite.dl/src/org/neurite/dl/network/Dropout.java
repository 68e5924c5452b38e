package org.neurite.dl.network;

import java.util.List;

/**
 * While training, sets a random share of the values passing through to zero (and scales the rest up so the
 * expected sum stays); does nothing when predicting.
 *
 * @param rate the share dropped, from 0 (keep all) to below 1; 0.5 drops half
 */
public record Dropout(double rate) implements Layer {

    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("The drop rate must be at least 0 and below 1, got " + rate);
        }
    }

    /** The probability of keeping a value, as DL4J's dropout takes it. */
    public double retainProbability() {
        return 1 - rate;
    }

    @Override
    public String kind() {
        return "Dropout";
    }

    @Override
    public String describe() {
        return "drop " + Math.round(rate * 1000) / 10.0 + " %";
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) {
        return inputs.get(0).outputShape();
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return 0;
    }
}
