package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * A fully connected layer: every unit weighs every input number. An image input is flattened first.
 *
 * @param units      how many outputs
 * @param activation applied to each unit's weighted sum
 * @param weightInit how the weights start
 * @param bias       whether each unit adds a learnt constant
 * @param l1         penalty on the sum of absolute weights (0 for none)
 * @param l2         penalty on the sum of squared weights (0 for none)
 */
public record Dense(int units, Activation activation, WeightInit weightInit, boolean bias, double l1, double l2)
        implements Layer {

    public Dense {
        if (units < 1) {
            throw new IllegalArgumentException("A dense layer needs at least one unit, got " + units);
        }
        if (l1 < 0 || l2 < 0) {
            throw new IllegalArgumentException("L1 and L2 must not be negative, got " + l1 + " and " + l2);
        }
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public String describe() {
        return units + " units, " + activation.label() + (bias ? "" : ", no bias")
                + (l1 > 0 ? ", L1 " + l1 : "") + (l2 > 0 ? ", L2 " + l2 : "");
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        flatInputSize(kind(), inputs.get(0));
        return new Shape.Features(units);
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return (long) units * inputs.get(0).outputShape().elementCount() + (bias ? units : 0);
    }

    /** The numbers per example a fully connected layer sees: a feature vector, or an image flattened. */
    static long flatInputSize(String kind, LayerSpec input) throws InvalidConfigurationException {
        if (input.outputShape() instanceof Shape.Sequence) {
            throw new InvalidConfigurationException(kind + " needs a feature vector [N] or an image, got "
                    + Layer.from(input) + ": set the LSTM before it to return only the last step");
        }
        return input.outputShape().elementCount();
    }
}
