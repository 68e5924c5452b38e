package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.settings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.data.transform.CategoryToNumberNode;
import org.neurite.data.transform.ColumnsToTensorNode;
import org.neurite.data.transform.OneHotNode;
import org.neurite.data.transform.TensorToColumnsNode;
import org.neurite.engine.node.InvalidConfigurationException;

class TransformTest {

    /** Two rows of 64 pixel columns (pixel0..pixel63) valued row*100 + index, and a digit column. */
    static DataTable pixels() {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            cols.add(IntColumn.of("pixel" + i, new int[] { i, 100 + i }));
        }
        cols.add(CategoryColumn.of("digit", List.of("0", "1"), new int[] { 1, 0 }));
        return DataTable.of(cols);
    }

    @Test
    void sixtyFourPixelColumnsBecomeAnEightByEightImageAndBack() throws Exception {
        ColumnsToTensorNode pack = new ColumnsToTensorNode();
        var s = settings(pack, "columns=pixel0..pixel63", "shape=8x8x1", "tensorColumn=image");
        TableSpec spec = (TableSpec) Nodes.configure(pack, null, s, pixels().spec()).get(0);
        assertEquals(List.of("digit", "image"), spec.columnNames());
        assertEquals(ColumnSpec.tensor("image", 8, 8, 1), spec.columns().get(1));
        DataTable packed = Nodes.table(pack, null, s, pixels());
        assertEquals(spec, packed.spec());
        TensorColumn image = packed.column("image", TensorColumn.class);
        assertEquals(100 + 8 * 3 + 5, image.get(1, 3 * 8 + 5), "row 1, pixel (3,5) is column pixel29 of row 1");

        TensorToColumnsNode unpack = new TensorToColumnsNode();
        DataTable back = Nodes.table(unpack, null, settings(unpack, "tensorColumn=image", "prefix=pixel"), packed);
        assertEquals(65, back.columnCount());
        assertEquals(129.0, back.column("pixel29", DoubleColumn.class).get(1));
    }

    @Test
    void aShapeThatDoesNotFitTheColumnsIsAConfigureError() throws Exception {
        ColumnsToTensorNode pack = new ColumnsToTensorNode();
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> Nodes.configure(pack,
                null, settings(pack, "columns=pixel0..pixel63", "shape=7x7x1"), pixels().spec()));
        assertEquals("setting 'shape' (Shape) 7x7x1 holds 49 values, but 64 columns are selected", e.getMessage());
        e = assertThrows(InvalidConfigurationException.class, () -> Nodes.configure(pack, null,
                settings(pack, "columns=pixel0..digit"), pixels().spec()));
        assertEquals("setting 'columns' (Columns): column 'digit' is category (2), but double or int is needed",
                e.getMessage());
    }

    static DataTable iris() {
        return DataTable.of(DoubleColumn.of("petal", new double[] { 1.4, 4.5, 6.0, 5.1 }),
                CategoryColumn.of("species", List.of("setosa", "versicolor", "virginica"), new int[] { 0, 1, 2, -1 }));
    }

    @Test
    void oneHotFollowsTheCategoryListOfTheSpec() throws Exception {
        OneHotNode oneHot = new OneHotNode();
        DataTable t = Nodes.table(oneHot, null, settings(oneHot, "column=species"), iris());
        assertEquals(List.of("petal", "species=setosa", "species=versicolor", "species=virginica"), t.spec().columnNames());
        assertEquals(1.0, t.column("species=virginica", DoubleColumn.class).get(2));
        assertEquals(0.0, t.column("species=setosa", DoubleColumn.class).get(2));
        for (String c : List.of("species=setosa", "species=versicolor", "species=virginica")) {
            assertEquals(0.0, t.column(c, DoubleColumn.class).get(3), "a missing category is all zeros");
        }
        DataTable tensor = Nodes.table(oneHot, null, settings(oneHot, "column=species", "output=TENSOR", "keepOriginal=true"),
                iris());
        TensorColumn hot = tensor.column("species_onehot", TensorColumn.class);
        float[] row1 = new float[3];
        hot.copyRow(1, row1, 0);
        assertArrayEquals(new float[] { 0, 1, 0 }, row1);
        assertTrue(tensor.hasColumn("species"));
    }

    @Test
    void categoryToNumberGivesTheIndexInTheCategoryList() throws Exception {
        CategoryToNumberNode toNumber = new CategoryToNumberNode();
        DataTable t = Nodes.table(toNumber, null, settings(toNumber), iris());
        IntColumn codes = t.column("species", IntColumn.class);
        assertArrayEquals(new int[] { 0, 1, 2, IntColumn.MISSING }, codes.toArray());
        List<String> log = Nodes.logOf(toNumber, null, settings(toNumber), iris());
        assertEquals(List.of("species: setosa=0, versicolor=1, virginica=2"), log);
        DataTable kept = Nodes.table(toNumber, null, settings(toNumber, "keepOriginal=true"), iris());
        assertEquals(List.of("petal", "species", "species_index"), kept.spec().columnNames());
    }
}
