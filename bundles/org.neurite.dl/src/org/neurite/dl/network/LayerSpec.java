package org.neurite.dl.network;

import java.util.List;
import java.util.Objects;

/**
 * One layer of a {@link NetworkSpec}: what it is, where its inputs come from, and what configure inferred.
 *
 * @param name        unique in its network: the id of the workflow node that added it, e.g. {@code conv1}
 * @param node        how messages name that node, e.g. {@code Convolution 2D 'conv1'}
 * @param layer       the kind and its parameters
 * @param inputs      names of the layers feeding this one, in port order
 * @param outputShape the shape of one example leaving this layer
 * @param parameters  weights and biases training learns here, or {@link Shape#UNKNOWN}
 */
public record LayerSpec(String name, String node, Layer layer, List<String> inputs, Shape outputShape,
        long parameters) {

    public LayerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(outputShape, "outputShape");
        inputs = List.copyOf(inputs);
        if (name.isBlank()) {
            throw new IllegalArgumentException("A layer needs a name");
        }
    }

    /** {@code 520 params}, {@code ? params} while unknown. */
    public String parametersText() {
        return NetworkSpec.paramsText(parameters);
    }
}
