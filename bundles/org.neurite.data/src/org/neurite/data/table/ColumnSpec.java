package org.neurite.data.table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one column holds, known at configure time: its name, type, and for tensors the shape, for sequences
 * the step and feature counts, for categories the category list. Immutable. Create with the static factories.
 *
 * @param name       unique within its table
 * @param type       what a cell holds
 * @param shape      tensor: the fixed shape, e.g. {@code [28, 28, 1]} for height, width, channels; sequence:
 *                   {@code [steps, features]} with steps {@link #VARIES} when rows differ in length; otherwise
 *                   empty
 * @param categories category columns: the values the codes index, code {@code i} is {@code categories.get(i)};
 *                   empty for other types (and for a category column whose values are not known before execution)
 */
public record ColumnSpec(String name, ColumnType type, int[] shape, List<String> categories) {

    /** Step count of a sequence column whose rows differ in length, or that is not known yet. */
    public static final int VARIES = -1;

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        shape = shape == null ? new int[0] : shape.clone();
        categories = categories == null ? List.of() : List.copyOf(categories);
        switch (type) {
            case TENSOR -> {
                if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d < 1)) {
                    throw new IllegalArgumentException("Tensor column '" + name + "' needs a shape of positive sizes, got "
                            + Arrays.toString(shape));
                }
            }
            case SEQUENCE -> {
                if (shape.length != 2 || shape[1] < 1 || (shape[0] < 1 && shape[0] != VARIES)) {
                    throw new IllegalArgumentException("Sequence column '" + name
                            + "' needs a shape [steps or -1, features >= 1], got " + Arrays.toString(shape));
                }
            }
            default -> {
                if (shape.length != 0) {
                    throw new IllegalArgumentException(type.label() + " column '" + name + "' has no shape");
                }
            }
        }
        if (type != ColumnType.CATEGORY && !categories.isEmpty()) {
            throw new IllegalArgumentException(type.label() + " column '" + name + "' has no categories");
        }
    }

    public static ColumnSpec doubles(String name) {
        return new ColumnSpec(name, ColumnType.DOUBLE, null, null);
    }

    public static ColumnSpec ints(String name) {
        return new ColumnSpec(name, ColumnType.INT, null, null);
    }

    public static ColumnSpec category(String name, List<String> categories) {
        return new ColumnSpec(name, ColumnType.CATEGORY, null, categories);
    }

    /** A tensor column, e.g. {@code tensor("image", 28, 28, 1)}: height, width, channels. */
    public static ColumnSpec tensor(String name, int... shape) {
        return new ColumnSpec(name, ColumnType.TENSOR, shape, null);
    }

    /** A sequence column of {@code steps} steps ({@link #VARIES} if rows differ) of {@code features} features. */
    public static ColumnSpec sequence(String name, int steps, int features) {
        return new ColumnSpec(name, ColumnType.SEQUENCE, new int[] { steps, features }, null);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /**
     * Floats one row takes in a bulk copy: 1 for double, int and category; the product of the shape for a
     * tensor; the feature count (per step) for a sequence.
     */
    public int elementCount() {
        return switch (type) {
            case TENSOR -> Arrays.stream(shape).reduce(1, Math::multiplyExact);
            case SEQUENCE -> shape[1];
            default -> 1;
        };
    }

    /** Features per step of a sequence column. */
    public int featureCount() {
        requireType(ColumnType.SEQUENCE);
        return shape[1];
    }

    /** Steps per row of a sequence column, or {@link #VARIES}. */
    public int stepCount() {
        requireType(ColumnType.SEQUENCE);
        return shape[0];
    }

    /** The code of {@code category} in a category column. */
    public Optional<Integer> codeOf(String category) {
        int i = categories.indexOf(category);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** Whether a cell is a single number (double, int, or a category code). */
    public boolean isScalar() {
        return type == ColumnType.DOUBLE || type == ColumnType.INT || type == ColumnType.CATEGORY;
    }

    public ColumnSpec withName(String newName) {
        return new ColumnSpec(newName, type, shape, categories);
    }

    /** The type with its shape as a user reads it: {@code double}, {@code tensor 28x28x1}, {@code sequence ?x8}. */
    public String typeText() {
        return switch (type) {
            case TENSOR -> "tensor " + dims(shape);
            case SEQUENCE -> "sequence " + (shape[0] == VARIES ? "?" : String.valueOf(shape[0])) + "x" + shape[1];
            case CATEGORY -> categories.isEmpty() ? "category" : "category (" + categories.size() + ")";
            default -> type.label();
        };
    }

    /** {@code image: tensor 28x28x1}. */
    public String describe() {
        return name + ": " + typeText();
    }

    static String dims(int[] shape) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : "x").append(shape[i]);
        }
        return b.toString();
    }

    private void requireType(ColumnType expected) {
        if (type != expected) {
            throw new IllegalStateException("Column '" + name + "' is a " + type.label() + " column, not a "
                    + expected.label() + " column");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnSpec c && c.name.equals(name) && c.type == type && Arrays.equals(c.shape, shape)
                && c.categories.equals(categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(shape), categories);
    }

    @Override
    public String toString() {
        return describe() + (type == ColumnType.CATEGORY && !categories.isEmpty() ? " " + categories : "");
    }
}
