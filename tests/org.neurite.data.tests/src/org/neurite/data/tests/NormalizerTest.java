package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.settings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.normalize.ApplyNormalizerNode;
import org.neurite.data.normalize.NormalizerModel;
import org.neurite.data.normalize.NormalizerNode;
import org.neurite.data.normalize.NormalizerSpec;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.settings.NoSettings;

class NormalizerTest {

    final NormalizerNode normalizer = new NormalizerNode();
    final ApplyNormalizerNode apply = new ApplyNormalizerNode();

    static DataTable train() {
        return DataTable.of(DoubleColumn.of("x", new double[] { 0, 5, 10 }), IntColumn.of("n", new int[] { 1, 2, 3 }),
                CategoryColumn.of("label", List.of("a"), new int[] { 0, 0, 0 }));
    }

    static DataTable test() {
        return DataTable.of(DoubleColumn.of("x", new double[] { 20, Double.NaN }), IntColumn.of("n", new int[] { 0, 2 }),
                CategoryColumn.of("label", List.of("a"), new int[] { 0, 0 }));
    }

    @Test
    void testDataIsScaledWithTheTrainingStatistics() throws Exception {
        List<PortObject> fitted = Nodes.run(normalizer, null, settings(normalizer), train());
        DataTable trainOut = (DataTable) fitted.get(0);
        assertEquals(0.5, trainOut.column("x", DoubleColumn.class).get(1));
        assertEquals(1.0, trainOut.column("n", DoubleColumn.class).get(2), "int columns become double");
        NormalizerModel model = (NormalizerModel) fitted.get(1);
        DataTable testOut = (DataTable) Nodes.run(apply, null, new NoSettings(), model, test()).get(0);
        assertEquals(2.0, testOut.column("x", DoubleColumn.class).get(0), "(20 - 0) / (10 - 0): training min and max");
        assertTrue(testOut.column("x", DoubleColumn.class).isMissing(1));
        assertEquals(-0.5, testOut.column("n", DoubleColumn.class).get(0), "(0 - 1) / 2");
        assertEquals(ColumnType.CATEGORY, testOut.spec().column("label").orElseThrow().type(), "others unchanged");
    }

    @Test
    void zScoreUsesTheTrainingMeanAndStandardDeviation() throws Exception {
        List<PortObject> fitted = Nodes.run(normalizer, null, settings(normalizer, "method=Z_SCORE", "columns=x"), train());
        NormalizerModel model = (NormalizerModel) fitted.get(1);
        assertEquals(new NormalizerModel.Parameters("x", 5, Math.sqrt(50.0 / 3)), model.columns().get(0));
        DataTable testOut = (DataTable) Nodes.run(apply, null, new NoSettings(), model, test()).get(0);
        assertEquals(15 / Math.sqrt(50.0 / 3), testOut.column("x", DoubleColumn.class).get(0), 1e-12);
        assertEquals(0, testOut.column("n", IntColumn.class).get(0), "n was not chosen");
    }

    @Test
    void aTensorColumnGetsOneScaleForAllItsElements() throws Exception {
        DataTable images = DataTable.of(TensorColumn.of("image", new int[] { 2 }, new float[] { 0, 255, 51, 102 }));
        DataTable out = (DataTable) Nodes.run(normalizer, null, settings(normalizer, "columns=image"), images).get(0);
        TensorColumn t = out.column("image", TensorColumn.class);
        assertEquals(1f, t.get(0, 1));
        assertEquals(0.4f, t.get(1, 1), 1e-6);
    }

    @Test
    void applyingToATableWithoutTheFittedColumnIsAConfigureError() {
        TableSpec other = DataTable.of(DoubleColumn.of("y", new double[] { 1 })).spec();
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> Nodes.configure(apply,
                null, new NoSettings(), new NormalizerSpec(NormalizerModel.Method.MIN_MAX, List.of("x")), other));
        assertEquals("the normalizer was fitted on column 'x', which this table lacks; it has: y (double)", e.getMessage());
    }
}
