package org.neurite.dl.predict;

import java.util.ArrayList;
import java.util.List;

import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TensorColumn;
import org.neurite.dl.model.ColumnMapping;
import org.neurite.dl.network.Objective;

/**
 * The columns a predictor appends, from the network's outputs (one row of {@code units} numbers per table row):
 * <ul>
 * <li>classes: a probability column {@code P(class)} per class and the most probable class, in the target's
 * type (category with the class names, or int)</li>
 * <li>yes/no (one sigmoid unit): {@code P(yes class)} and the class (probability at least 0.5), in the target's
 * type</li>
 * <li>one number (regression): the number</li>
 * <li>several numbers (a tensor target, several labels): a tensor column of the outputs</li>
 * </ul>
 *
 * @param columns       the model's column mapping (with its class names)
 * @param units         the network's outputs per row
 * @param prediction    the name of the prediction column
 * @param probabilities whether to append the probability columns
 */
record Predictions(ColumnMapping columns, int units, String prediction, boolean probabilities) {

    enum Kind {
        CLASSES, YES_NO, NUMBER, VECTOR
    }

    Kind kind() {
        Objective objective = columns.objective();
        ColumnType target = columns.target().type();
        if (objective == Objective.CLASSIFICATION && target != ColumnType.TENSOR) {
            return Kind.CLASSES;
        }
        if (objective == Objective.BINARY && units == 1 && target != ColumnType.TENSOR) {
            return Kind.YES_NO;
        }
        return units == 1 && target != ColumnType.TENSOR ? Kind.NUMBER : Kind.VECTOR;
    }

    /** The appended columns' specs; probability columns only when the class names are known. */
    List<ColumnSpec> specs() {
        List<ColumnSpec> specs = new ArrayList<>();
        List<String> labels = columns.classLabels();
        switch (kind()) {
            case CLASSES -> {
                if (probabilities) {
                    labels.forEach(l -> specs.add(ColumnSpec.doubles(probability(l))));
                }
                specs.add(classColumn(labels));
            }
            case YES_NO -> {
                if (probabilities) {
                    specs.add(ColumnSpec.doubles(probability(yesLabel())));
                }
                specs.add(classColumn(labels));
            }
            case NUMBER -> specs.add(ColumnSpec.doubles(prediction));
            case VECTOR -> specs.add(ColumnSpec.tensor(prediction, units));
        }
        return specs;
    }

    private ColumnSpec classColumn(List<String> labels) {
        return switch (columns.target().type()) {
            case CATEGORY -> ColumnSpec.category(prediction, labels);
            case INT -> ColumnSpec.ints(prediction);
            default -> ColumnSpec.doubles(prediction);
        };
    }

    /** The appended columns, from {@code outputs}: {@code rows x units} numbers, row after row. */
    List<Column> columns(float[] outputs, int rows) {
        List<Column> out = new ArrayList<>();
        switch (kind()) {
            case CLASSES -> {
                List<String> labels = columns.classLabels();
                if (probabilities) {
                    for (int k = 0; k < units; k++) {
                        double[] p = new double[rows];
                        for (int r = 0; r < rows; r++) {
                            p[r] = outputs[r * units + k];
                        }
                        out.add(DoubleColumn.of(probability(labels.get(k)), p));
                    }
                }
                int[] best = new int[rows];
                for (int r = 0; r < rows; r++) {
                    int b = 0;
                    for (int k = 1; k < units; k++) {
                        if (outputs[r * units + k] > outputs[r * units + b]) {
                            b = k;
                        }
                    }
                    best[r] = b;
                }
                out.add(classes(best, labels));
            }
            case YES_NO -> {
                if (probabilities) {
                    double[] p = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        p[r] = outputs[r];
                    }
                    out.add(DoubleColumn.of(probability(yesLabel()), p));
                }
                int[] yes = new int[rows];
                for (int r = 0; r < rows; r++) {
                    yes[r] = outputs[r] >= 0.5f ? 1 : 0;
                }
                out.add(classes(yes, columns.classLabels()));
            }
            case NUMBER -> {
                double[] v = new double[rows];
                for (int r = 0; r < rows; r++) {
                    v[r] = outputs[r];
                }
                out.add(DoubleColumn.of(prediction, v));
            }
            case VECTOR -> out.add(TensorColumn.of(prediction, new int[] { units }, outputs));
        }
        return out;
    }

    private Column classes(int[] codes, List<String> labels) {
        return switch (columns.target().type()) {
            case CATEGORY -> CategoryColumn.of(prediction, labels, codes);
            case INT -> IntColumn.of(prediction, codes);
            default -> {
                double[] v = new double[codes.length];
                for (int r = 0; r < codes.length; r++) {
                    v[r] = codes[r];
                }
                yield DoubleColumn.of(prediction, v);
            }
        };
    }

    private String yesLabel() {
        List<String> labels = columns.classLabels();
        return labels.size() == 2 ? labels.get(1) : "1";
    }

    static String probability(String label) {
        return "P(" + label + ")";
    }
}
