package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Joins branches side by side: feature vectors end to end, images along their channels, sequences along their
 * features per step.
 */
public record Concatenate() implements Layer {

    @Override
    public String kind() {
        return "Concatenate";
    }

    @Override
    public String describe() {
        return "side by side";
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
        Shape shape = first.outputShape();
        for (LayerSpec next : inputs.subList(1, inputs.size())) {
            shape = join(shape, first, next);
        }
        return shape;
    }

    private Shape join(Shape sum, LayerSpec first, LayerSpec next) throws InvalidConfigurationException {
        Shape other = next.outputShape();
        if (sum instanceof Shape.Features a && other instanceof Shape.Features b) {
            return new Shape.Features(a.size() + b.size());
        }
        if (sum instanceof Shape.Image a && other instanceof Shape.Image b) {
            if (a.height() != b.height() || a.width() != b.width()) {
                throw new InvalidConfigurationException("Concatenate joins images along their channels, so their"
                        + " height and width must match, got " + Layer.from(first) + " and " + Layer.from(next)
                        + ": pool, stride or pad the branches to the same size");
            }
            return new Shape.Image(a.height(), a.width(), a.channels() + b.channels());
        }
        if (sum instanceof Shape.Sequence a && other instanceof Shape.Sequence b) {
            if (a.steps() != b.steps()) {
                throw new InvalidConfigurationException("Concatenate joins sequences step by step, so their step"
                        + " counts must match, got " + Layer.from(first) + " and " + Layer.from(next)
                        + ": feed both branches from the same sequence input");
            }
            return new Shape.Sequence(a.steps(), a.features() + b.features());
        }
        throw new InvalidConfigurationException("Concatenate needs inputs of the same kind, got " + Layer.from(first)
                + " and " + Layer.from(next) + ": add a Dense layer to the image or sequence branch to turn it into"
                + " a feature vector");
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return 0;
    }
}
