package org.neurite.dl.network;

import org.neurite.data.table.ColumnSpec;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * How many units an output layer needs to be trained against a target column, so nobody counts classes by
 * hand. The Output Layer node uses it when training data is connected to it; a trainer uses it with
 * {@link NetworkSpec#withOutputUnits} otherwise.
 */
public final class OutputSize {

    /**
     * The units for {@code objective} against {@code target}, or {@link Shape#UNKNOWN} when only the data can
     * tell (an int column's classes, a category column whose categories are not known before execution).
     *
     * <ul>
     * <li>category column of K categories: K for classification, 1 for yes/no (K must be 2)</li>
     * <li>int column: 1 for yes/no and regression; unknown for classification (the classes are 0..max)</li>
     * <li>double column: 1 for yes/no (0 or 1) and regression</li>
     * <li>tensor column: its element count (a one-hot or multi-label vector, or several numbers)</li>
     * <li>sequence column: its features per step, for a prediction per step</li>
     * </ul>
     *
     * @throws InvalidConfigurationException when the column cannot be a target for that objective, with the fix
     */
    public static int forColumn(Objective objective, ColumnSpec target) throws InvalidConfigurationException {
        String column = "the target column '" + target.name() + "' (" + target.typeText() + ")";
        return switch (target.type()) {
            case CATEGORY -> {
                int k = target.categories().size();
                if (objective == Objective.REGRESSION) {
                    throw new InvalidConfigurationException(column + " holds categories, but regression predicts"
                            + " numbers: choose Classification");
                }
                if (k == 0) {
                    yield Shape.UNKNOWN;
                }
                if (objective == Objective.BINARY && k != 2) {
                    throw new InvalidConfigurationException(column + " has " + k + " categories, but binary"
                            + " cross-entropy predicts yes or no: choose Classification");
                }
                if (k < 2) {
                    throw new InvalidConfigurationException(column + " has a single category, so there is"
                            + " nothing to tell apart: check the data or the column");
                }
                yield objective == Objective.BINARY ? 1 : k;
            }
            case INT -> objective == Objective.CLASSIFICATION ? Shape.UNKNOWN : 1;
            case DOUBLE -> {
                if (objective == Objective.CLASSIFICATION) {
                    throw new InvalidConfigurationException(column + " holds numbers, but classification needs"
                            + " classes: choose Regression, or turn the column into categories first");
                }
                yield 1;
            }
            case TENSOR -> target.elementCount();
            case SEQUENCE -> target.featureCount();
        };
    }

    private OutputSize() {
    }
}
