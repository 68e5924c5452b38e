package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.settings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.score.ScoreTable;
import org.neurite.data.score.ScorerNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;

class ScorerTest {

    final ScorerNode scorer = new ScorerNode();

    /**
     * Confusion matrix (rows actual, columns predicted) a: 5 1 0 / b: 2 3 1 / c: 0 1 4, plus one row whose prediction
     * is missing. The predicted column lists its categories in another order, to prove classes match by name.
     */
    static DataTable threeClasses() {
        int[][] cells = { { 5, 1, 0 }, { 2, 3, 1 }, { 0, 1, 4 } };
        List<Integer> actual = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                for (int k = 0; k < cells[a][p]; k++) {
                    actual.add(a);
                    predicted.add(2 - p); // code in [c, b, a]
                }
            }
        }
        actual.add(1);
        predicted.add(CategoryColumn.MISSING);
        return DataTable.of(
                CategoryColumn.of("label", List.of("a", "b", "c"), actual.stream().mapToInt(i -> i).toArray()),
                CategoryColumn.of("prediction", List.of("c", "b", "a"), predicted.stream().mapToInt(i -> i).toArray()));
    }

    @Test
    void classificationMetricsMatchHandComputedValues() throws Exception {
        List<PortObject> out = Nodes.run(scorer, null, settings(scorer), threeClasses());
        DataTable metrics = (DataTable) out.get(0);
        assertEquals(12.0 / 17, ScoreTable.value(metrics, ScoreTable.ACCURACY), 1e-12);
        // po = 204/289, pe = (6*7 + 6*5 + 5*5)/289 = 97/289, kappa = 107/192
        assertEquals(107.0 / 192, ScoreTable.value(metrics, ScoreTable.COHENS_KAPPA), 1e-12);
        assertEquals(5.0 / 7, ScoreTable.value(metrics, ScoreTable.PRECISION, "a"), 1e-12);
        assertEquals(0.5, ScoreTable.value(metrics, ScoreTable.RECALL, "b"), 1e-12);
        assertEquals(10.0 / 13, ScoreTable.value(metrics, ScoreTable.F1, "a"), 1e-12);
        assertEquals(6.0 / 11, ScoreTable.value(metrics, ScoreTable.F1, "b"), 1e-12);
        assertEquals(0.8, ScoreTable.value(metrics, ScoreTable.F1, "c"), 1e-12);
        assertEquals((10.0 / 13 + 6.0 / 11 + 0.8) / 3, ScoreTable.value(metrics, ScoreTable.MACRO_F1), 1e-12);
        assertEquals(17, ScoreTable.value(metrics, ScoreTable.ROWS), "the row without a prediction is left out");
        assertEquals(6, ScoreTable.value(metrics, ScoreTable.SUPPORT, "b"));
        assertEquals("accuracy: 0.7059, Cohen's kappa: 0.5573, macro F1: 0.7049 (17 rows)", metrics.summary());
        assertEquals(6 + 3 * 4, metrics.rowCount(), "6 overall rows, 4 per class");

        DataTable confusion = (DataTable) out.get(1);
        assertEquals(List.of("actual", "a", "b", "c"), confusion.spec().columnNames());
        assertEquals(List.of("a", "b", "c"), confusion.column("actual", CategoryColumn.class).categories());
        int[][] expected = { { 5, 1, 0 }, { 2, 3, 1 }, { 0, 1, 4 } };
        String[] names = { "a", "b", "c" };
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(expected[a][p], confusion.column(names[p], IntColumn.class).get(a));
            }
        }
    }

    @Test
    void anIntPredictionIsTheClassIndexIntoTheActualCategories() throws Exception {
        DataTable t = DataTable.of(CategoryColumn.of("label", List.of("cat", "dog"), new int[] { 0, 1, 1, 0 }),
                IntColumn.of("prediction", new int[] { 0, 1, 0, 0 }));
        DataTable metrics = (DataTable) Nodes.run(scorer, null, settings(scorer), t).get(0);
        assertEquals(0.75, ScoreTable.value(metrics, ScoreTable.ACCURACY));
        assertEquals(0.5, ScoreTable.value(metrics, ScoreTable.RECALL, "dog"));
        assertEquals(0.5, ScoreTable.value(metrics, ScoreTable.COHENS_KAPPA), 1e-12, "po .75, pe .5");
    }

    @Test
    void regressionMetricsMatchHandComputedValues() throws Exception {
        DataTable t = DataTable.of(DoubleColumn.of("y", new double[] { 1, 2, 3, 4 }),
                DoubleColumn.of("y_hat", new double[] { 1.5, 2, 2, 5 }));
        List<PortObject> out = Nodes.run(scorer, null, settings(scorer, "actualColumn=y", "predictedColumn=y_hat"), t);
        DataTable metrics = (DataTable) out.get(0);
        assertEquals(0.5625, ScoreTable.value(metrics, ScoreTable.MSE), 1e-12);
        assertEquals(0.75, ScoreTable.value(metrics, ScoreTable.RMSE), 1e-12);
        assertEquals(0.625, ScoreTable.value(metrics, ScoreTable.MAE), 1e-12);
        assertEquals(0.55, ScoreTable.value(metrics, ScoreTable.R2), 1e-12, "1 - 2.25 / 5");
        assertTrue(metrics.summary().startsWith("MSE: 0.562500, MAE: 0.625000, R²: 0.5500 (4 rows)"), metrics.summary());
        assertEquals(0, ((DataTable) out.get(1)).rowCount());
    }

    @Test
    void configureNamesAMissingOrUnfitColumn() {
        TableSpec spec = threeClasses().spec();
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> Nodes.configure(scorer, null, settings(scorer, "predictedColumn=predicted"), spec));
        assertEquals("setting 'predictedColumn' (Predicted column): the input has no column 'predicted'; it has: "
                + "label (category (3)), prediction (category (3))", e.getMessage());
        TableSpec numbers = DataTable.of(CategoryColumn.of("label", List.of("a"), new int[] { 0 }),
                DoubleColumn.of("prediction", new double[] { 0.3 })).spec();
        e = assertThrows(InvalidConfigurationException.class, () -> Nodes.configure(scorer, null, settings(scorer), numbers));
        assertTrue(e.getMessage().contains("holds numbers (double), but classification compares classes"), e.getMessage());
    }
}
