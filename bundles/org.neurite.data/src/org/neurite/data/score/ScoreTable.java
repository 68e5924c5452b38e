package org.neurite.data.score;

import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;

/**
 * Reads the Scorer's metrics table. Layout: one row per metric, columns {@value #METRIC} (category),
 * {@value #CLASS} (category; missing for metrics of the whole table, the class name for per-class metrics) and
 * {@value #VALUE} (double).
 *
 * <p>Classification rows: {@code accuracy}, {@code cohens_kappa}, {@code macro_precision}, {@code macro_recall},
 * {@code macro_f1}, {@code rows}; then per class {@code precision}, {@code recall}, {@code f1}, {@code support}.
 * Regression rows: {@code mse}, {@code rmse}, {@code mae}, {@code r2}, {@code rows}.
 */
public final class ScoreTable {

    public static final String METRIC = "metric";
    public static final String CLASS = "class";
    public static final String VALUE = "value";

    public static final String ACCURACY = "accuracy";
    public static final String COHENS_KAPPA = "cohens_kappa";
    public static final String MACRO_PRECISION = "macro_precision";
    public static final String MACRO_RECALL = "macro_recall";
    public static final String MACRO_F1 = "macro_f1";
    public static final String ROWS = "rows";
    public static final String PRECISION = "precision";
    public static final String RECALL = "recall";
    public static final String F1 = "f1";
    public static final String SUPPORT = "support";
    public static final String MSE = "mse";
    public static final String RMSE = "rmse";
    public static final String MAE = "mae";
    public static final String R2 = "r2";

    /** The value of a whole-table metric, e.g. {@code value(metrics, ScoreTable.ACCURACY)}. */
    public static double value(DataTable metrics, String metric) {
        return value(metrics, metric, null);
    }

    /** The value of a per-class metric, e.g. {@code value(metrics, ScoreTable.F1, "7")}; null class = whole table. */
    public static double value(DataTable metrics, String metric, String className) {
        CategoryColumn m = metrics.column(METRIC, CategoryColumn.class);
        CategoryColumn c = metrics.column(CLASS, CategoryColumn.class);
        DoubleColumn v = metrics.column(VALUE, DoubleColumn.class);
        for (int r = 0; r < metrics.rowCount(); r++) {
            if (metric.equals(m.category(r)) && java.util.Objects.equals(className, c.category(r))) {
                return v.get(r);
            }
        }
        throw new IllegalArgumentException("The metrics table has no metric '" + metric + "'"
                + (className == null ? "" : " for class '" + className + "'"));
    }

    private ScoreTable() {
    }
}
