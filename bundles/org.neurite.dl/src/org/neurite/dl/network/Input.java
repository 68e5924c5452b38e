package org.neurite.dl.network;

import java.util.List;

/**
 * Where data enters the network: the columns of a table a trainer feeds here, and the shape they make.
 *
 * @param columns the table columns, in the order their values are laid side by side
 * @param shape   a feature vector (numeric columns), an image (one tensor column) or a sequence (one sequence
 *                column)
 */
public record Input(List<String> columns, Shape shape) implements Layer {

    public Input {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An input layer needs at least one column");
        }
        if (!shape.isComplete()) {
            throw new IllegalArgumentException("An input layer needs a known shape, got " + shape.describe());
        }
    }

    @Override
    public String kind() {
        return "Input";
    }

    @Override
    public String describe() {
        return "columns " + String.join(", ", columns);
    }

    @Override
    public int minInputs() {
        return 0;
    }

    @Override
    public int maxInputs() {
        return 0;
    }

    @Override
    public Shape outputShape(List<LayerSpec> inputs) {
        return shape;
    }

    @Override
    public long parameterCount(List<LayerSpec> inputs) {
        return 0;
    }
}
