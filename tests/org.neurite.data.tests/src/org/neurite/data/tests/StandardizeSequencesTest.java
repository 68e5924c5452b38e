package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neurite.data.tests.Nodes.settings;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.sequence.StandardizeSequencesNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.SequenceColumn;
import org.neurite.engine.node.InvalidConfigurationException;

class StandardizeSequencesTest {

    /** Two sequences of 2 features: the second is the first shifted by 10 and scaled by 3 in feature 0. */
    private static DataTable sequences() {
        float[] data = {
                1, 5, 2, 5, 3, 5, // sequence 0: feature 0 = 1,2,3; feature 1 constant 5
                13, 0, 16, 1, 19, 2, 22, 3 }; // sequence 1 (4 steps): feature 0 = 13,16,19,22; feature 1 = 0..3
        return DataTable.of(SequenceColumn.of("sequence", 2, data, new int[] { 0, 3, 7 }),
                CategoryColumn.of("label", List.of("a", "b"), new int[] { 0, 1 }));
    }

    private static float[] row(DataTable t, int r) {
        SequenceColumn c = t.column("sequence", SequenceColumn.class);
        float[] out = new float[c.length(r) * c.featureCount()];
        c.copyRow(r, out, 0);
        return out;
    }

    @Test
    void eachSequenceAndFeatureGetsMeanZeroAndStandardDeviationOne() throws Exception {
        StandardizeSequencesNode node = new StandardizeSequencesNode();
        DataTable out = Nodes.table(node, null, settings(node), sequences());
        float s = (float) Math.sqrt(2.0 / 3); // population sd of 1,2,3
        assertArrayEquals(new float[] { -1 / s, 0, 0, 0, 1 / s, 0 }, row(out, 0), 1e-5f,
                "feature 0 standardised, the constant feature 1 becomes 0");
        float s4 = (float) Math.sqrt(1.25); // sd of 0,1,2,3 (and of 13..22 divided by 3)
        float[] second = row(out, 1);
        for (int t = 0; t < 4; t++) {
            assertEquals(second[t * 2], second[t * 2 + 1], 1e-5f, "same shape, different level and gain -> same curve");
            assertEquals((t - 1.5f) / s4, second[t * 2 + 1], 1e-5f);
        }
        assertEquals(sequences().column("label"), out.column("label"), "other columns are untouched");
        assertEquals(sequences().spec(), out.spec());
    }

    @Test
    void minMaxMapsEachSequencesRangeToZeroOne() throws Exception {
        StandardizeSequencesNode node = new StandardizeSequencesNode();
        DataTable out = Nodes.table(node, null, settings(node, "method=MIN_MAX"), sequences());
        assertArrayEquals(new float[] { 0, 0, 1 / 3f, 1 / 3f, 2 / 3f, 2 / 3f, 1, 1 }, row(out, 1), 1e-6f);
    }

    @Test
    void aMissingOrNonSequenceColumnIsAConfigureErrorNamingTheSetting() throws Exception {
        StandardizeSequencesNode node = new StandardizeSequencesNode();
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> Nodes.configure(node, null, settings(node, "sequenceColumn=label"), sequences().spec()));
        assertEquals(true, e.getMessage().contains("Sequence column"), e.getMessage());
        assertEquals(true, e.getMessage().contains("label"), e.getMessage());
    }
}
