package org.neurite.dl.model;

import java.util.Locale;
import java.util.Objects;

import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.port.PortSpec;

/**
 * What a trained model will be, known at configure time: its network, which columns it reads and predicts, and
 * the seed it was trained with.
 *
 * @param network the network, its output size set from the target column when that is known
 * @param columns the column mapping; its class labels may be empty until training saw the data
 * @param seed    the seed of weight initialisation, shuffling and dropout
 */
public record TrainedModelSpec(NetworkSpec network, ColumnMapping columns, long seed) implements PortSpec {

    public TrainedModelSpec {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(columns, "columns");
    }

    /** {@code 431,080 params; image -> input1; target label (10 classes)}. */
    @Override
    public String summary() {
        long params = network.parameterCount();
        return (params < 0 ? "? params" : String.format(Locale.ROOT, "%,d params", params)) + "; "
                + columns.describe();
    }

    @Override
    public String details() {
        return summary() + "\nobjective: " + columns.objective().pair() + "\nseed: " + seed
                + (columns.classLabels().isEmpty() ? "" : "\nclasses: " + String.join(", ", columns.classLabels()))
                + "\n" + network.details();
    }
}
