package org.neurite.data.score;

import static org.neurite.data.score.ScoreTable.CLASS;
import static org.neurite.data.score.ScoreTable.METRIC;
import static org.neurite.data.score.ScoreTable.VALUE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.FixedSizeColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Choice;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Compares predicted with actual values: classification or regression metrics, and a confusion matrix. */
@Component(service = NodeFactory.class)
public final class ScorerNode extends DataNode<ScorerNode.Settings> {

    public static final String ID = "org.neurite.data.scorer";

    public enum Task implements Choice {
        AUTO("Decide by the actual column's type"), CLASSIFICATION("Classification"), REGRESSION("Regression");

        private final String label;

        Task(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "Actual column", description = "The column with the true values (the label or target).",
                    defaultValue = "label") String actualColumn,
            @Setting(label = "Predicted column", description = "The column with the model's predictions.",
                    defaultValue = "prediction") String predictedColumn,
            @Setting(label = "Task", description = "AUTO scores a category or int actual column as classification "
                    + "and a double column as regression.", defaultValue = "AUTO") Task task) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Scorer").category("Data/Score").icon("icons/scorer.png")
                .description("""
                        Measures how good predictions are, by comparing a predicted column with the actual column \
                        of the same rows (usually a test set the model never saw during training).

                        Classification: accuracy is the share of rows predicted right. The confusion matrix counts, \
                        for each actual class (row), how often each class was predicted (column): the diagonal is \
                        right, everything else shows which classes get mixed up. Per class, precision is the share \
                        of rows predicted as the class that really are it, recall the share of the class's rows that \
                        were found, and F1 their harmonic mean. Cohen's kappa is accuracy corrected for chance: 0 \
                        means no better than guessing with the class frequencies, 1 means perfect.

                        Regression: MSE is the mean squared error, MAE the mean absolute error (in the target's \
                        unit), R² the share of the target's variance the predictions explain (1 is perfect, 0 is \
                        no better than always predicting the mean).

                        Rows where either value is missing are left out and counted in the log.""")
                .input("table", "Predictions", DataTable.TYPE, "A table with the actual and the predicted column.")
                .output("metrics", "Metrics", DataTable.TYPE, "One row per metric: metric, class (for per-class "
                        + "metrics), value.")
                .output("confusion", "Confusion matrix", DataTable.TYPE, "Classification: one row per actual class, "
                        + "one column per predicted class, holding counts. Empty for regression.")
                .settings(Settings.class);
    }

    private boolean classification(ColumnSpec actual, Settings s) {
        return s.task() == Task.CLASSIFICATION
                || (s.task() == Task.AUTO && actual.type() != ColumnType.DOUBLE);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        ColumnSpec actual = in.require(s.actualColumn(), setting("actualColumn"), ColumnType.CATEGORY, ColumnType.INT,
                ColumnType.DOUBLE);
        ColumnSpec predicted = in.require(s.predictedColumn(), setting("predictedColumn"), ColumnType.CATEGORY,
                ColumnType.INT, ColumnType.DOUBLE);
        if (actual.name().equals(predicted.name())) {
            throw new InvalidConfigurationException(setting("predictedColumn") + " names the actual column '"
                    + actual.name() + "'; choose the column the predictor wrote");
        }
        TableSpec metrics = TableSpec.of(TableSpec.UNKNOWN_ROWS, ColumnSpec.category(METRIC, List.of()),
                ColumnSpec.category(CLASS, List.of()), ColumnSpec.doubles(VALUE));
        if (classification(actual, s)) {
            if (predicted.type() == ColumnType.DOUBLE) {
                throw new InvalidConfigurationException(setting("predictedColumn") + ": column '" + predicted.name()
                        + "' holds numbers (double), but classification compares classes; choose the predicted class "
                        + "column, or set task REGRESSION");
            }
            List<String> classes = actual.type() == ColumnType.CATEGORY ? actual.categories() : List.of();
            return List.of(metrics, confusionSpec(classes, TableSpec.UNKNOWN_ROWS));
        }
        if (actual.type() == ColumnType.CATEGORY || predicted.type() == ColumnType.CATEGORY) {
            throw new InvalidConfigurationException(setting("task") + " is REGRESSION, but column '"
                    + (actual.type() == ColumnType.CATEGORY ? actual.name() : predicted.name())
                    + "' holds categories; regression needs numbers in both columns");
        }
        return List.of(metrics, confusionSpec(List.of(), 0));
    }

    private static TableSpec confusionSpec(List<String> classes, int rows) {
        List<ColumnSpec> cols = new ArrayList<>();
        cols.add(ColumnSpec.category("actual", classes));
        for (String c : classes) {
            cols.add(ColumnSpec.ints(predictedName(c)));
        }
        return new TableSpec(cols, rows);
    }

    private static String predictedName(String className) {
        return className.equals("actual") ? "predicted actual" : className;
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        Column actual = in.column(s.actualColumn());
        Column predicted = in.column(s.predictedColumn());
        if (classification(actual.spec(), s)) {
            return classify(actual, predicted, context);
        }
        return regress((FixedSizeColumn) actual, (FixedSizeColumn) predicted, context);
    }

    private List<PortObject> classify(Column actual, Column predicted, ExecutionContext context) {
        int n = actual.rowCount();
        String[] a = new String[n];
        String[] p = new String[n];
        List<String> actualCategories = actual instanceof CategoryColumn c ? c.categories() : List.of();
        for (int r = 0; r < n; r++) {
            a[r] = className(actual, r, List.of());
            p[r] = className(predicted, r, actualCategories);
        }
        // class order: the actual column's category order, then any other class in natural order
        List<String> classes = new ArrayList<>(actualCategories);
        TreeSet<String> others = new TreeSet<>(CategoryColumn.NATURAL_ORDER);
        for (int r = 0; r < n; r++) {
            if (a[r] != null && p[r] != null) {
                others.add(a[r]);
                others.add(p[r]);
            }
        }
        others.removeAll(classes);
        classes.addAll(others);
        Map<String, Integer> index = new LinkedHashMap<>();
        classes.forEach(c -> index.put(c, index.size()));
        long[][] counts = new long[classes.size()][classes.size()];
        int skipped = 0;
        for (int r = 0; r < n; r++) {
            if (a[r] == null || p[r] == null) {
                skipped++;
            } else {
                counts[index.get(a[r])][index.get(p[r])]++;
            }
        }
        if (skipped > 0) {
            context.log().warn("left out " + skipped + " rows with a missing actual or predicted value");
        }
        ConfusionMatrix m = new ConfusionMatrix(classes, counts);
        Rows rows = new Rows();
        rows.add(ScoreTable.ACCURACY, null, m.accuracy());
        rows.add(ScoreTable.COHENS_KAPPA, null, m.cohensKappa());
        rows.add(ScoreTable.MACRO_PRECISION, null, m.macroPrecision());
        rows.add(ScoreTable.MACRO_RECALL, null, m.macroRecall());
        rows.add(ScoreTable.MACRO_F1, null, m.macroF1());
        rows.add(ScoreTable.ROWS, null, m.total());
        for (int k = 0; k < classes.size(); k++) {
            rows.add(ScoreTable.PRECISION, classes.get(k), m.precision(k));
            rows.add(ScoreTable.RECALL, classes.get(k), m.recall(k));
            rows.add(ScoreTable.F1, classes.get(k), m.f1(k));
            rows.add(ScoreTable.SUPPORT, classes.get(k), m.actual(k));
        }
        String headline = String.format(Locale.ROOT, "accuracy: %.4f, Cohen's kappa: %.4f, macro F1: %.4f (%d rows)",
                m.accuracy(), m.cohensKappa(), m.macroF1(), m.total());
        context.log().info(headline);
        return List.of(rows.table().withNote(headline), confusionTable(m));
    }

    /** The class a cell names: a category's name, an int as text (for an int predicted column beside a category
     * actual column: the int is the class index into {@code indexNames}); null when missing. */
    private static String className(Column c, int row, List<String> indexNames) {
        if (c.isMissing(row)) {
            return null;
        }
        return switch (c) {
            case CategoryColumn cat -> cat.category(row);
            case IntColumn ints -> {
                int v = ints.get(row);
                yield !indexNames.isEmpty() && v >= 0 && v < indexNames.size() ? indexNames.get(v) : Integer.toString(v);
            }
            default -> c.text(row);
        };
    }

    private static DataTable confusionTable(ConfusionMatrix m) {
        List<String> classes = m.classes();
        int k = classes.size();
        int[] codes = new int[k];
        java.util.Arrays.setAll(codes, i -> i);
        List<Column> cols = new ArrayList<>();
        cols.add(CategoryColumn.of("actual", classes, codes));
        for (int j = 0; j < k; j++) {
            int[] v = new int[k];
            for (int i = 0; i < k; i++) {
                v[i] = (int) m.counts()[i][j];
            }
            cols.add(IntColumn.of(predictedName(classes.get(j)), v));
        }
        return DataTable.of(cols).withNote("confusion matrix: rows are actual classes, columns predicted classes");
    }

    private List<PortObject> regress(FixedSizeColumn actual, FixedSizeColumn predicted, ExecutionContext context) {
        int n = actual.rowCount();
        double sumSq = 0, sumAbs = 0, sumActual = 0;
        int used = 0;
        for (int r = 0; r < n; r++) {
            double a = actual.element(r, 0);
            double p = predicted.element(r, 0);
            if (Double.isNaN(a) || Double.isNaN(p)) {
                continue;
            }
            double e = p - a;
            sumSq += e * e;
            sumAbs += Math.abs(e);
            sumActual += a;
            used++;
        }
        double mean = sumActual / used;
        double total = 0;
        for (int r = 0; r < n; r++) {
            double a = actual.element(r, 0);
            if (!Double.isNaN(a) && !Double.isNaN(predicted.element(r, 0))) {
                total += (a - mean) * (a - mean);
            }
        }
        if (used < n) {
            context.log().warn("left out " + (n - used) + " rows with a missing actual or predicted value");
        }
        double mse = used == 0 ? Double.NaN : sumSq / used;
        double mae = used == 0 ? Double.NaN : sumAbs / used;
        double r2 = used == 0 ? Double.NaN : total == 0 ? (sumSq == 0 ? 1 : 0) : 1 - sumSq / total;
        Rows rows = new Rows();
        rows.add(ScoreTable.MSE, null, mse);
        rows.add(ScoreTable.RMSE, null, Math.sqrt(mse));
        rows.add(ScoreTable.MAE, null, mae);
        rows.add(ScoreTable.R2, null, r2);
        rows.add(ScoreTable.ROWS, null, used);
        String headline = String.format(Locale.ROOT, "MSE: %.6g, MAE: %.6g, R²: %.4f (%d rows)", mse, mae, r2, used);
        context.log().info(headline);
        DataTable empty = DataTable.of(CategoryColumn.of("actual", List.of(), new int[0]))
                .withNote("no confusion matrix for regression");
        return List.of(rows.table().withNote(headline), empty);
    }

    /** Collects metric rows. */
    private static final class Rows {
        final CategoryColumn.Builder metric = new CategoryColumn.Builder();
        final CategoryColumn.Builder cls = new CategoryColumn.Builder();
        final DoubleColumn.Builder value = new DoubleColumn.Builder();

        void add(String name, String className, double v) {
            metric.add(name);
            cls.add(className);
            value.add(v);
        }

        DataTable table() {
            return DataTable.of(metric.build(METRIC), cls.build(CLASS), value.build(VALUE));
        }
    }
}
