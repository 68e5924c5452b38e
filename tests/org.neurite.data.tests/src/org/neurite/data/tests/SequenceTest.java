package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neurite.data.tests.Nodes.settings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.sequence.RowsToSequenceNode;
import org.neurite.data.sequence.SequenceWindowsNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TableSpec;

class SequenceTest {

    /** A series 0..9 in column v, its square in column sq, and a label that is "hi" from step 5. */
    static DataTable series() {
        double[] v = new double[10];
        double[] sq = new double[10];
        int[] label = new int[10];
        for (int i = 0; i < 10; i++) {
            v[i] = i;
            sq[i] = i * i;
            label[i] = i >= 5 ? 1 : 0;
        }
        return DataTable.of(DoubleColumn.of("v", v), DoubleColumn.of("sq", sq),
                CategoryColumn.of("state", List.of("lo", "hi"), label));
    }

    @Test
    void windowsHoldConsecutiveStepsAndTheNextValueAsTarget() throws Exception {
        SequenceWindowsNode node = new SequenceWindowsNode();
        var s = settings(node, "featureColumns=v,sq", "windowSize=3", "stride=2", "targetColumn=v", "horizon=1");
        TableSpec spec = (TableSpec) Nodes.configure(node, null, s, series().spec()).get(0);
        // windows start at 0, 2, 4, 6: the last one covers 6..8 and predicts step 9
        assertEquals(TableSpec.of(4, ColumnSpec.sequence("window", 3, 2), ColumnSpec.doubles("target")), spec);
        DataTable t = Nodes.table(node, null, s, series());
        assertEquals(spec, t.spec());
        SequenceColumn w = t.column("window", SequenceColumn.class);
        float[] third = new float[6];
        w.copyRow(2, third, 0);
        assertArrayEquals(new float[] { 4, 16, 5, 25, 6, 36 }, third, "steps 4, 5, 6 as (v, sq) pairs");
        assertArrayEquals(new double[] { 3, 5, 7, 9 }, t.column("target", DoubleColumn.class).toArray());
    }

    @Test
    void aLabelTargetIsTheLabelAtTheWindowsLastStep() throws Exception {
        SequenceWindowsNode node = new SequenceWindowsNode();
        DataTable t = Nodes.table(node, null, settings(node, "windowSize=4", "target=LABEL", "targetColumn=state",
                "targetName=state_now"), series());
        assertEquals(7, t.rowCount(), "starts 0..6 of a 4-step window in 10 steps");
        assertEquals(2, t.column("window", SequenceColumn.class).featureCount(), "v and sq; the label is no feature");
        CategoryColumn target = t.column("state_now", CategoryColumn.class);
        assertEquals("lo", target.category(1), "window 1..4 ends at step 4");
        assertEquals("hi", target.category(2), "window 2..5 ends at step 5");
    }

    @Test
    void windowsDoNotCrossGroups() throws Exception {
        DataTable twoSeries = DataTable.of(IntColumn.of("sensor", new int[] { 1, 1, 1, 2, 2, 2, 2 }),
                DoubleColumn.of("x", new double[] { 10, 11, 12, 20, 21, 22, 23 }));
        SequenceWindowsNode node = new SequenceWindowsNode();
        DataTable t = Nodes.table(node, null, settings(node, "windowSize=2", "targetColumn=x", "groupColumn=sensor"),
                twoSeries);
        assertArrayEquals(new int[] { 1, 2, 2 }, t.column("sensor", IntColumn.class).toArray());
        assertArrayEquals(new double[] { 12, 22, 23 }, t.column("target", DoubleColumn.class).toArray());
        assertEquals(20f, t.column("window", SequenceColumn.class).get(1, 0, 0));
    }

    /** Long format: sequence a has 3 steps (given out of order), sequence b 2 steps. */
    static DataTable longFormat() {
        return DataTable.of(CategoryColumn.of("sequence_id", List.of("a", "b"), new int[] { 0, 1, 0, 0, 1 }),
                IntColumn.of("step", new int[] { 2, 0, 0, 1, 1 }),
                DoubleColumn.of("x", new double[] { 0.2, 5, 0.0, 0.1, 6 }),
                DoubleColumn.of("y", new double[] { 2, 50, 0, 1, 60 }),
                CategoryColumn.of("label", List.of("up", "down"), new int[] { 0, 1, 0, 0, 1 }));
    }

    @Test
    void rowsOfASequenceIdBecomeOneOrderedSequenceWithItsLabel() throws Exception {
        RowsToSequenceNode node = new RowsToSequenceNode();
        var s = settings(node);
        TableSpec spec = (TableSpec) Nodes.configure(node, null, s, longFormat().spec()).get(0);
        assertEquals(List.of(ColumnSpec.category("sequence_id", List.of("a", "b")),
                ColumnSpec.sequence("sequence", ColumnSpec.VARIES, 2),
                ColumnSpec.category("label", List.of("up", "down"))), spec.columns());
        DataTable t = Nodes.table(node, null, s, longFormat());
        assertEquals(2, t.rowCount());
        SequenceColumn seq = t.column("sequence", SequenceColumn.class);
        assertEquals(3, seq.length(0));
        float[] a = new float[6];
        seq.copyRow(0, a, 0);
        assertArrayEquals(new float[] { 0, 0, 0.1f, 1, 0.2f, 2 }, a, "ordered by step");
        assertEquals("down", t.column("label", CategoryColumn.class).category(1));
    }

    @Test
    void differentLabelsWithinOneSequenceAreAnErrorNamingTheRows() {
        DataTable bad = longFormat().with(CategoryColumn.of("label", List.of("up", "down"), new int[] { 0, 1, 1, 0, 1 }));
        RowsToSequenceNode node = new RowsToSequenceNode();
        Exception e = assertThrows(Exception.class, () -> Nodes.table(node, null, settings(node), bad));
        assertEquals("sequence_id a: row 3 has label 'down' but row 4 has 'up'; a sequence needs one label",
                e.getMessage());
    }

    @Test
    void theShippedSequenceDataBecomesEightHundredLabelledSequences() throws Exception {
        org.neurite.data.csv.CsvReaderNode reader = new org.neurite.data.csv.CsvReaderNode();
        java.nio.file.Path data = java.nio.file.Path.of(System.getProperty("neurite.examples")).resolve("data");
        DataTable steps = Nodes.table(reader, data, settings(reader, "file=sequences.csv"));
        RowsToSequenceNode node = new RowsToSequenceNode();
        DataTable t = Nodes.table(node, null, settings(node), steps);
        assertEquals(800, t.rowCount());
        assertEquals(ColumnSpec.sequence("sequence", 50, 3), t.spec().column("sequence").orElseThrow());
        CategoryColumn label = t.column("label", CategoryColumn.class);
        assertEquals(List.of("random_walk", "sawtooth", "sine", "square"), label.categories());
        int[] perClass = new int[4];
        for (int r = 0; r < t.rowCount(); r++) {
            perClass[label.code(r)]++;
        }
        assertArrayEquals(new int[] { 200, 200, 200, 200 }, perClass);
    }
}
