package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Output;
import org.neurite.dl.network.OutputSize;
import org.neurite.dl.network.Shape;
import org.neurite.engine.node.InvalidConfigurationException;

class OutputLayerNodeTest {

    private static final TableSpec TABLE = TableSpec.of(-1, ColumnSpec.tensor("x", 20),
            ColumnSpec.category("species", List.of("setosa", "versicolor", "virginica")),
            ColumnSpec.category("spam", List.of("no", "yes")), ColumnSpec.doubles("price"), ColumnSpec.ints("digit"),
            ColumnSpec.tensor("onehot", 5), ColumnSpec.category("unknown", List.of()));

    private static NetworkSpec body() throws Exception {
        return Layers.input("input1", TABLE, "x");
    }

    private static NetworkSpec output(TableSpec table, String... settings) throws Exception {
        return Layers.configure(Layers.OUTPUT, "output1", Layers.settings(Layers.OUTPUT, settings), body(), table);
    }

    @Test
    void theNumberOfClassesComesFromTheTargetColumn() throws Exception {
        NetworkSpec n = output(TABLE, "targetColumn=species");
        assertEquals("[?, 3]", n.summary());
        assertEquals("63 params", n.producerNote());
        assertEquals("species", ((Output) n.head().layer()).targetColumn());
        assertEquals("[?, 1]", output(TABLE, "targetColumn=spam", "objective=BINARY").summary());
        assertEquals("[?, 1]", output(TABLE, "targetColumn=price", "objective=REGRESSION").summary());
        assertEquals("[?, 5]", output(TABLE, "targetColumn=onehot").summary());
        assertEquals("[?, 10]", Layers.lenet().summary());
        assertEquals("5,010 params", Layers.lenet().producerNote());
    }

    @Test
    void withoutTrainingDataTheTrainerSetsTheSize() throws Exception {
        NetworkSpec n = output(null);
        assertEquals("[?, ?]", n.summary());
        assertEquals("? params", n.producerNote());
        assertEquals(Shape.UNKNOWN, n.parameterCount());
        NetworkSpec sized = n.withOutputUnits(OutputSize.forColumn(Objective.CLASSIFICATION,
                TABLE.column("species").orElseThrow()));
        assertEquals("[?, 3]", sized.summary());
        assertEquals(63, sized.parameterCount());
        // an int column's classes are known only from the data; a category list known only after execution too
        assertEquals("[?, ?]", output(TABLE, "targetColumn=digit").summary());
        assertEquals("[?, ?]", output(TABLE, "targetColumn=unknown").summary());
    }

    @Test
    void unitsSetByHandWinAndAreChecked() throws Exception {
        assertEquals("[?, 7]", output(null, "units=7").summary());
        assertEquals("[?, 3]", output(TABLE, "units=3", "targetColumn=species").summary());
        assertEquals("setting 'units' is 4, but the target column 'species' (category (3)) needs 3: set Units to 0"
                + " (automatic)", assertThrows(InvalidConfigurationException.class,
                        () -> output(TABLE, "units=4", "targetColumn=species")).getMessage());
        NetworkSpec seven = output(null, "units=7");
        assertEquals("Output Layer 'output1' is set to 7 outputs, but the target needs 3: set its units to 0"
                + " (automatic) or to 3", assertThrows(InvalidConfigurationException.class,
                        () -> seven.withOutputUnits(3)).getMessage());
        assertEquals(seven, seven.withOutputUnits(7));
        // DL4J refuses softmax over one unit when it builds the graph; we say so while wiring
        assertEquals("classification with 1 unit cannot learn: softmax over one number is always 1; use one unit"
                + " per class (at least 2), or Yes/no (sigmoid) for a single yes/no output", assertThrows(
                        InvalidConfigurationException.class, () -> output(null, "units=1")).getMessage());
        assertEquals("[?, 1]", output(null, "units=1", "objective=BINARY").summary());
    }

    @Test
    void targetMisfits() throws Exception {
        assertTrue(assertThrows(InvalidConfigurationException.class, () -> output(TABLE)).getMessage().startsWith(
                "the training data is connected, so set 'Target column' to the column the network learns to"
                        + " predict; the table has: x (tensor 20), species"));
        assertEquals("the target column 'species' (category (3)) holds categories, but regression predicts"
                + " numbers: choose Classification", assertThrows(InvalidConfigurationException.class,
                        () -> output(TABLE, "targetColumn=species", "objective=REGRESSION")).getMessage());
        assertEquals("the target column 'species' (category (3)) has 3 categories, but binary cross-entropy"
                + " predicts yes or no: choose Classification", assertThrows(InvalidConfigurationException.class,
                        () -> output(TABLE, "targetColumn=species", "objective=BINARY")).getMessage());
        assertEquals("the target column 'price' (double) holds numbers, but classification needs classes: choose"
                + " Regression, or turn the column into categories first", assertThrows(
                        InvalidConfigurationException.class, () -> output(TABLE, "targetColumn=price"))
                        .getMessage());
    }

    @Test
    void perStepPredictionsAfterAFullSequence() throws Exception {
        TableSpec t = TableSpec.of(-1, ColumnSpec.sequence("s", 30, 4), ColumnSpec.sequence("tags", 30, 6));
        NetworkSpec l = Layers.configure(Layers.LSTM, "lstm1", Layers.input("input1", t, "s"), "units=8",
                "output=FULL_SEQUENCE");
        NetworkSpec n = Layers.configure(Layers.OUTPUT, "output1", Layers.settings(Layers.OUTPUT,
                "targetColumn=tags"), l, t);
        assertEquals("[?, 30, 6]", n.summary());
        assertEquals("54 params", n.producerNote());
    }

    @Test
    void nothingFollowsTheOutputLayer() throws Exception {
        NetworkSpec out = output(null, "units=2");
        assertEquals("nothing can follow the output layer of Output Layer 'output1': the Output layer ends the"
                + " network", assertThrows(InvalidConfigurationException.class,
                        () -> Layers.configure(Layers.DENSE, "dense9", out)).getMessage());
    }
}
