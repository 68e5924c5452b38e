package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * A long short-term memory layer: reads a sequence step by step, keeping a memory cell that learnt gates write,
 * keep and read.
 *
 * @param units          size of the memory and of the output per step
 * @param activation     squashes the cell's candidate values and its output (usually tanh)
 * @param gateActivation opens and closes the forget, input and output gates (usually sigmoid)
 * @param output         every step, or only the last
 * @param weightInit     how the weights start
 */
public record Lstm(int units, Activation activation, Activation gateActivation, SequenceOutput output,
        WeightInit weightInit) implements Layer {

    public Lstm {
        if (units < 1) {
            throw new IllegalArgumentException("An LSTM needs at least one unit, got " + units);
        }
    }

    @Override
    public String kind() {
        return "LSTM";
    }

    @Override
    public String describe() {
        return units + " units, " + activation.label() + ", gates " + gateActivation.label() + ", "
                + (output == SequenceOutput.LAST_STEP ? "last step" : "full sequence");
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException {
        LayerSpec input = inputs.get(0);
        if (!(input.outputShape() instanceof Shape.Sequence in)) {
            String fix = input.outputShape() instanceof Shape.Image
                    ? "use Convolution 2D for images, or read the data as a sequence column"
                    : "read the data as a sequence column, or use Dense for feature vectors";
            throw new InvalidConfigurationException("LSTM needs a sequence input [T x F], got " + Layer.from(input)
                    + ": " + fix);
        }
        return output == SequenceOutput.LAST_STEP ? new Shape.Features(units) : new Shape.Sequence(in.steps(), units);
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        long features = ((Shape.Sequence) inputs.get(0).outputShape()).features();
        // input weights, recurrent weights and biases of the four gate blocks
        return 4L * units * (features + units + 1);
    }
}
