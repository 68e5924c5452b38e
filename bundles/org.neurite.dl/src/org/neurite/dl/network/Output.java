package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * The last layer: a fully connected layer whose units are the predictions, trained against a target column with
 * the loss of its objective. An image input is flattened first; a sequence input gets a prediction per step.
 *
 * @param objective    the activation and loss pair
 * @param units        how many outputs (classes, or numbers to predict), or {@link Shape#UNKNOWN} until the
 *                     target column is known ({@link NetworkSpec#withOutputUnits})
 * @param weightInit   how the weights start
 * @param targetColumn the column the outputs are trained against, empty when the trainer decides
 */
public record Output(Objective objective, int units, WeightInit weightInit, String targetColumn) implements Layer {

    public Output {
        if (units < 1 && units != Shape.UNKNOWN) {
            throw new IllegalArgumentException("An output layer needs at least one unit, got " + units);
        }
        targetColumn = targetColumn == null ? "" : targetColumn;
    }

    /** This layer with its number of outputs known. */
    public Output withUnits(int newUnits) {
        return new Output(objective, newUnits, weightInit, targetColumn);
    }

    @Override
    public String kind() {
        return "Output";
    }

    @Override
    public String describe() {
        return (units == Shape.UNKNOWN ? "? units" : units + (units == 1 ? " unit" : " units")) + ", "
                + objective.pair() + (targetColumn.isEmpty() ? "" : ", target " + targetColumn);
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        if (objective == Objective.CLASSIFICATION && units == 1) {
            throw new InvalidConfigurationException("classification with 1 unit cannot learn: softmax over one"
                    + " number is always 1; use one unit per class (at least 2), or Yes/no (sigmoid) for a single"
                    + " yes/no output");
        }
        LayerSpec input = inputs.get(0);
        if (input.outputShape() instanceof Shape.Sequence in) {
            return new Shape.Sequence(in.steps(), units);
        }
        Dense.flatInputSize(kind(), input);
        return new Shape.Features(units);
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        Shape in = inputs.get(0).outputShape();
        long size = in instanceof Shape.Sequence s ? s.features() : in.elementCount();
        return units == Shape.UNKNOWN ? Shape.UNKNOWN : (size + 1) * units;
    }
}
