package org.neurite.dl.model;

import java.util.List;
import java.util.Objects;

import org.neurite.data.table.ColumnSpec;
import org.neurite.dl.network.Shape;

/**
 * The table columns one input layer of a network reads, and the shape they make (as the Input Layer node
 * inferred it).
 *
 * @param layer   the input layer's name in the network (its node id)
 * @param columns the columns, in the order their values are laid side by side
 * @param shape   a feature vector, an image or a sequence
 */
public record InputColumns(String layer, List<ColumnSpec> columns, Shape shape) {

    public InputColumns {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(shape, "shape");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Input layer '" + layer + "' reads no column");
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }
}
