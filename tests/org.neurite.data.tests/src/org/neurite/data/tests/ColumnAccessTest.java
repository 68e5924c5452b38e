package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;

/** The bulk access a trainer uses to fill mini-batches. */
class ColumnAccessTest {

    @Test
    void scalarColumnsInterleaveIntoOneFeatureMatrixWithAStride() {
        DoubleColumn a = DoubleColumn.of("a", new double[] { 1, 2, 3 });
        IntColumn b = IntColumn.of("b", new int[] { 10, 20, 30 });
        float[] batch = new float[2 * 2];
        int[] rows = { 2, 0 };
        a.copyRows(rows, batch, 0, 2);
        b.copyRows(rows, batch, 1, 2);
        assertArrayEquals(new float[] { 3, 30, 1, 10 }, batch);
        assertThrows(IndexOutOfBoundsException.class, () -> a.copyRows(new int[] { 0, 1, 2 }, batch, 0, 2));
    }

    @Test
    void tensorRowsCopyRowMajorAndChannelsFirst() {
        // one row of shape 1x2x3 (H=1, W=2, C=3): pixel (0,0) = 1,2,3; pixel (0,1) = 4,5,6
        TensorColumn t = TensorColumn.of("rgb", new int[] { 1, 2, 3 }, new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
        float[] hwc = new float[6];
        t.copyRows(new int[] { 0 }, hwc, 0);
        assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6 }, hwc);
        float[] chw = new float[12];
        t.copyRowsChannelsFirst(new int[] { 1, 0 }, chw, 0);
        assertArrayEquals(new float[] { 7, 10, 8, 11, 9, 12, 1, 4, 2, 5, 3, 6 }, chw);
        assertEquals(6, t.spec().elementCount());
        assertThrows(UnsupportedOperationException.class, () -> t.data().put(0, 1f), "direct access is read-only");
    }

    @Test
    void labelsCopyAsClassIndexOrOneHot() {
        CategoryColumn labels = CategoryColumn.of("label", List.of("cat", "dog", "fish"), new int[] { 2, 0, CategoryColumn.MISSING });
        float[] oneHot = new float[9];
        java.util.Arrays.fill(oneHot, 7f);
        labels.copyOneHot(new int[] { 0, 1, 2 }, oneHot, 0, 3);
        assertArrayEquals(new float[] { 0, 0, 1, 1, 0, 0, 0, 0, 0 }, oneHot);
        assertEquals("fish", labels.category(0));
        assertEquals(2, labels.code(0));
    }

    @Test
    void sequencesCopyFeaturesFirstWithAMaskAndKeepTheLastSteps() {
        // row 0: 2 steps of 2 features; row 1: 3 steps
        SequenceColumn s = new SequenceColumn.Builder(2).add(new float[] { 1, 2, 3, 4 }, 2)
                .add(new float[] { 5, 6, 7, 8, 9, 10 }, 3).build("s");
        assertEquals(ColumnSpec.VARIES, s.spec().stepCount());
        assertEquals(3, s.maxLength());
        float[] batch = new float[2 * 2 * 2];
        float[] mask = new float[2 * 2];
        s.copyRowsFeaturesFirst(new int[] { 0, 1 }, 2, batch, 0, mask, 0);
        // [row][feature][step]; row 1 keeps its last 2 steps (7,8),(9,10)
        assertArrayEquals(new float[] { 1, 3, 2, 4, 7, 9, 8, 10 }, batch);
        assertArrayEquals(new float[] { 1, 1, 1, 1 }, mask);
        float[] padded = new float[2 * 3];
        float[] mask3 = new float[3];
        s.copyRowsFeaturesFirst(new int[] { 0 }, 3, padded, 0, mask3, 0);
        assertArrayEquals(new float[] { 1, 3, 0, 2, 4, 0 }, padded);
        assertArrayEquals(new float[] { 1, 1, 0 }, mask3);
    }

    @Test
    void selectKeepsRowsInOrderAcrossEveryKind() {
        DataTable t = TableFileTest.everyKind();
        DataTable picked = t.select(new int[] { 2, 0 });
        assertEquals(2, picked.rowCount());
        assertEquals(-3e300, picked.column("x", DoubleColumn.class).get(0));
        assertEquals(3, picked.column("signal", SequenceColumn.class).length(0));
        assertEquals(9f, picked.column("signal", SequenceColumn.class).get(0, 2, 0));
        assertEquals(t.spec().columns(), picked.spec().columns());
    }

    @Test
    void specValidationNamesTheSettingAndListsTheColumns() {
        TableSpec spec = TableSpec.of(150, ColumnSpec.doubles("sepal_length"), ColumnSpec.category("species", List.of("a", "b")));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> spec.require("label", "setting 'labelColumn' (Label column)"));
        assertEquals("setting 'labelColumn' (Label column): the input has no column 'label'; it has: "
                + "sepal_length (double), species (category (2))", e.getMessage());
        e = assertThrows(InvalidConfigurationException.class,
                () -> spec.require("sepal_length", "setting 'labelColumn' (Label column)", ColumnType.CATEGORY, ColumnType.INT));
        assertEquals("setting 'labelColumn' (Label column): column 'sepal_length' is double, but category or int is needed",
                e.getMessage());
        assertEquals("150 rows: sepal_length: double, species: category (2)", spec.summary());
        assertTrue(spec.details().contains("species: category (2): a, b"), spec.details());
    }
}
