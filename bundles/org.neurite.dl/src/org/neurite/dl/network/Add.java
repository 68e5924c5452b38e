package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Adds branches number by number, as in residual networks; all branches must have the same shape.
 */
public record Add() implements Layer {

    @Override
    public String kind() {
        return "Add";
    }

    @Override
    public String describe() {
        return "element-wise sum";
    }

    @Override
    public int minInputs() {
        return 2;
    }

    @Override
    public int maxInputs() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        LayerSpec first = inputs.get(0);
        for (LayerSpec next : inputs.subList(1, inputs.size())) {
            if (!next.outputShape().equals(first.outputShape())) {
                throw new InvalidConfigurationException("Add needs inputs of the same shape, got "
                        + Layer.from(first) + " and " + Layer.from(next)
                        + ": give the branches the same units or filters, or use Concatenate");
            }
        }
        return first.outputShape();
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return 0;
    }
}
