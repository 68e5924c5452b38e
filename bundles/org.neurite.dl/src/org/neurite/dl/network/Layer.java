package org.neurite.dl.network;

import java.util.List;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * One kind of layer with its parameters: which inputs it accepts, the shape it outputs and how many weights it
 * learns. Pure descriptions, no backend: {@code org.neurite.dl.compile} maps each kind to DL4J, and the tests
 * check these rules against DL4J's own.
 */
public sealed interface Layer permits Input, Dense, Convolution2D, MaxPooling2D, Dropout, Lstm, Concatenate, Add,
        Output {

    /** What users call this kind of layer, e.g. {@code Convolution 2D}. */
    String kind();

    /** The parameters as a user reads them, e.g. {@code 20 filters 5 x 5, stride 1 x 1, valid, ReLU}. */
    String describe();

    /** The fewest layers this one takes as inputs. */
    default int minInputs() {
        return 1;
    }

    /** The most layers this one takes as inputs. */
    default int maxInputs() {
        return 1;
    }

    /**
     * The shape this layer outputs for these inputs (in port order).
     *
     * @throws InvalidConfigurationException when the inputs do not fit, naming both shapes and a fix
     */
    Shape outputShape(List<LayerSpec> inputs) throws InvalidConfigurationException;

    /**
     * How many numbers training learns in this layer for inputs that {@link #outputShape} accepted, or
     * {@link Shape#UNKNOWN} while a size is unknown.
     */
    long parameterCount(List<LayerSpec> inputs);

    /** {@code an image [28 x 28 x 1] from 'input1'}: an input as messages name it. */
    static String from(LayerSpec input) {
        return input.outputShape().describe() + " from '" + input.name() + "'";
    }
}
