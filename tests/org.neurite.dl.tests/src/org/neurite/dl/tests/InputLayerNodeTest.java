package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.InvalidConfigurationException;

class InputLayerNodeTest {

    private static final TableSpec TABLE = TableSpec.of(150, ColumnSpec.doubles("sepal length"),
            ColumnSpec.doubles("sepal width"), ColumnSpec.ints("petals"), ColumnSpec.tensor("pixels", 64),
            ColumnSpec.tensor("digit", 8, 8), ColumnSpec.tensor("photo", 32, 24, 3),
            ColumnSpec.sequence("signal", 50, 8), ColumnSpec.sequence("text", ColumnSpec.VARIES, 16),
            ColumnSpec.category("species", List.of("setosa", "versicolor", "virginica")),
            ColumnSpec.tensor("volume", 4, 4, 4, 2));

    private static String shape(String columns) throws Exception {
        return Layers.input("input1", TABLE, columns).summary();
    }

    private static String error(String columns) {
        return assertThrows(InvalidConfigurationException.class, () -> Layers.input("input1", TABLE, columns))
                .getMessage();
    }

    @Test
    void numericColumnsMakeAFeatureVector() throws Exception {
        assertEquals("[?, 3]", shape("sepal length,sepal width,petals"));
        assertEquals("[?, 65]", shape("pixels,sepal width"));
        assertEquals("[?, 64]", shape("pixels"));
    }

    @Test
    void oneTensorColumnMakesAnImage() throws Exception {
        assertEquals("[?, 28, 28, 1]", Layers.input("input1", Layers.mnist(), "image").summary());
        assertEquals("[?, 32, 24, 3]", shape("photo"));
        assertEquals("[?, 8, 8, 1]", shape("digit"));
    }

    @Test
    void oneSequenceColumnMakesASequence() throws Exception {
        assertEquals("[?, 50, 8]", shape("signal"));
        assertEquals("[?, ?, 16]", shape("text"));
    }

    @Test
    void theLayerRecordsItsColumnsAndHasNoParameters() throws Exception {
        NetworkSpec n = Layers.input("input1", TABLE, "sepal width,petals");
        Input input = (Input) n.head().layer();
        assertEquals(List.of("sepal width", "petals"), input.columns());
        assertEquals("input1", n.head().name());
        assertEquals("0 params", n.producerNote());
        assertEquals(List.of(n.head()), n.inputLayers());
    }

    @Test
    void misfitsSayWhatToDo() {
        assertEquals("setting 'columns' (Feature columns) names no column: choose the columns the network reads;"
                + " the table has: " + TABLE.listColumns(), error(""));
        assertTrue(error("petal width").contains("the input has no column 'petal width'; it has: sepal length"),
                error("petal width"));
        assertEquals("column 'species' holds categories, not numbers: turn it into numbers first (One-Hot), or"
                + " leave it out", error("sepal length,species"));
        assertEquals("column 'photo' is an image (tensor 32x24x3), which must be the only feature column: use a"
                + " second Input Layer for the other columns and join the branches with Concatenate",
                error("photo,petals"));
        assertTrue(error("signal,petals").startsWith("column 'signal' is a sequence 50x8, which must be the only"),
                error("signal,petals"));
        assertTrue(error("volume").contains("reshape it to at most three dimensions"), error("volume"));
        assertEquals("setting 'columns' (Feature columns) names column 'petals' twice", error("petals,petals"));
    }
}
