package org.neurite.dl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Shape;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Which table columns feed a network and which column it learns to predict: the contract between a trainer, the
 * model it makes, a predictor and a model file. The feature columns come from the network's Input layers, so a
 * user names them once.
 *
 * @param inputs      one entry per input layer, in the order the network takes its inputs
 * @param target      the target column as the training table had it (with its categories)
 * @param objective   what the output layer predicts
 * @param classLabels the name of each output unit's class for classification (one per unit) and for yes/no
 *                    predictions from a two-category column (the two categories, "no" first); empty for regression
 *                    and while unknown (an int target before the data is seen)
 */
public record ColumnMapping(List<InputColumns> inputs, ColumnSpec target, Objective objective,
        List<String> classLabels) {

    public ColumnMapping {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(objective, "objective");
        classLabels = List.copyOf(classLabels);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("A network reads at least one input");
        }
    }

    /**
     * The mapping of {@code network}'s input layers and {@code targetColumn} of {@code table}, checked: the table
     * must have every feature column, of the kind and shape the Input layer was built from, and the target column.
     *
     * @param role how messages name the table, e.g. {@code the training table}
     */
    public static ColumnMapping of(NetworkSpec network, TableSpec table, String targetColumn, String role)
            throws InvalidConfigurationException {
        List<InputColumns> inputs = new ArrayList<>();
        for (LayerSpec layer : network.inputLayers()) {
            Input in = (Input) layer.layer();
            inputs.add(new InputColumns(layer.name(), columnsIn(table, layer, role), in.shape()));
        }
        ColumnSpec target = table.require(targetColumn, role + ": the target column");
        for (InputColumns in : inputs) {
            if (in.columnNames().contains(target.name())) {
                throw new InvalidConfigurationException("the target column '" + target.name() + "' is also a feature"
                        + " column of input layer '" + in.layer() + "': the network would see the answer; remove it"
                        + " from the Input Layer's columns or choose another target");
            }
        }
        Objective objective = network.output().orElseThrow(() -> new InvalidConfigurationException(
                "the network ends in " + network.head().node() + ", not in an output layer: add an Output Layer"))
                .objective();
        return new ColumnMapping(inputs, target, objective, classLabels(objective, target, List.of()));
    }

    /** The columns of {@code table} an input layer reads, checked against what the layer was built from. */
    private static List<ColumnSpec> columnsIn(TableSpec table, LayerSpec layer, String role)
            throws InvalidConfigurationException {
        Input in = (Input) layer.layer();
        List<ColumnSpec> columns = new ArrayList<>();
        for (String name : in.columns()) {
            columns.add(table.column(name).orElseThrow(() -> new InvalidConfigurationException(role + " has no"
                    + " column '" + name + "', which " + layer.node() + " reads; it has: " + table.listColumns())));
        }
        Shape shape = InputLayerNode.shapeOf(table, in.columns());
        if (!shape.equals(in.shape())) {
            throw new InvalidConfigurationException(role + "'s columns " + String.join(", ", in.columns()) + " make "
                    + shape.describe() + ", but " + layer.node() + " was built for " + in.shape().describe()
                    + ": connect a table of the same kind, or rebuild the network from this one");
        }
        return columns;
    }

    /**
     * The class names for {@code objective} and a target column: the categories of a category column; for an
     * int column the classes 0 .. n-1 once the data tells n ({@code knownFromData}), else empty.
     */
    public static List<String> classLabels(Objective objective, ColumnSpec target, List<String> knownFromData) {
        if (objective == Objective.REGRESSION) {
            return List.of();
        }
        if (target.type() == ColumnType.CATEGORY) {
            return target.categories().isEmpty() ? knownFromData : target.categories();
        }
        return knownFromData;
    }

    /** {@code 0 .. n-1} as class names. */
    public static List<String> numberedClasses(int n) {
        return IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    /** This mapping with the target column (and so the class labels) as the data has it. */
    public ColumnMapping withTarget(ColumnSpec actualTarget, List<String> labels) {
        return new ColumnMapping(inputs, actualTarget, objective, labels);
    }

    /** Whether predictions are classes (classification, or yes/no over two named categories). */
    public boolean predictsClasses() {
        return objective == Objective.CLASSIFICATION
                || (objective == Objective.BINARY && target.type() == ColumnType.CATEGORY);
    }

    /** Every feature column, over all inputs. */
    public List<String> featureColumns() {
        return inputs.stream().flatMap(i -> i.columnNames().stream()).toList();
    }

    /**
     * Checks that {@code table} has the feature columns this mapping reads, of the same kind and shape, e.g. a
     * validation table or a table to predict.
     *
     * @param role how messages name the table
     */
    public void checkFeatures(TableSpec table, String role) throws InvalidConfigurationException {
        for (InputColumns in : inputs) {
            for (ColumnSpec wanted : in.columns()) {
                ColumnSpec actual = table.column(wanted.name()).orElseThrow(() -> new InvalidConfigurationException(
                        role + " has no column '" + wanted.name() + "', which the network reads (input '" + in.layer()
                                + "'); it has: " + table.listColumns()));
                if (actual.type() != wanted.type() || !java.util.Arrays.equals(actual.shape(), wanted.shape())
                        && !(wanted.type() == ColumnType.SEQUENCE
                                && actual.featureCount() == wanted.featureCount())) {
                    throw new InvalidConfigurationException(role + "'s column '" + wanted.name() + "' is "
                            + actual.typeText() + ", but the network was trained on " + wanted.typeText());
                }
            }
        }
    }

    /** {@code image -> input1; target label (10 classes)}. */
    public String describe() {
        String in = inputs.stream().map(i -> String.join(", ", i.columnNames()) + " -> " + i.layer())
                .collect(Collectors.joining("; "));
        String classes = classLabels.isEmpty() ? "" : " (" + classLabels.size() + " classes)";
        return in + "; target " + target.name() + classes;
    }
}
