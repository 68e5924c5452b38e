package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neurite.data.tests.Nodes.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurite.data.partition.PartitioningNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;

class PartitioningTest {

    final PartitioningNode node = new PartitioningNode();

    /** 1000 rows with ids 0..999 and labels a (600), b (300), c (100), interleaved. */
    static DataTable unbalanced() {
        int[] ids = new int[1000];
        int[] labels = new int[1000];
        for (int i = 0; i < 1000; i++) {
            ids[i] = i;
            labels[i] = i % 10 < 6 ? 0 : i % 10 < 9 ? 1 : 2;
        }
        return DataTable.of(IntColumn.of("id", ids), CategoryColumn.of("label", List.of("a", "b", "c"), labels));
    }

    static int[] countPerClass(DataTable t) {
        int[] counts = new int[3];
        CategoryColumn c = t.column("label", CategoryColumn.class);
        for (int r = 0; r < t.rowCount(); r++) {
            counts[c.code(r)]++;
        }
        return counts;
    }

    static int[] ids(PortObject t) {
        return ((DataTable) t).column("id", IntColumn.class).toArray();
    }

    @Test
    void stratifiedSplitKeepsEachClassShareInEveryPart() throws Exception {
        List<PortObject> out = Nodes.run(node, null, settings(node, "trainFraction=0.7", "validationFraction=0.1",
                "stratifyColumn=label"), unbalanced());
        assertArrayEquals(new int[] { 420, 210, 70 }, countPerClass((DataTable) out.get(0)), "train");
        assertArrayEquals(new int[] { 120, 60, 20 }, countPerClass((DataTable) out.get(1)), "test");
        assertArrayEquals(new int[] { 60, 30, 10 }, countPerClass((DataTable) out.get(2)), "validation");
        Set<Integer> all = new HashSet<>();
        for (PortObject part : out) {
            for (int id : ids(part)) {
                assertEquals(true, all.add(id), "row " + id + " is in one part only");
            }
        }
        assertEquals(1000, all.size(), "every row is somewhere");
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() throws Exception {
        var s = settings(node, "trainFraction=0.5", "stratifyColumn=label", "seed=7");
        int[] first = ids(Nodes.run(node, null, s, unbalanced()).get(0));
        int[] again = ids(Nodes.run(node, null, s, unbalanced()).get(0));
        int[] other = ids(Nodes.run(node, null, settings(node, "trainFraction=0.5", "stratifyColumn=label", "seed=8"),
                unbalanced()).get(0));
        assertArrayEquals(first, again);
        assertFalse(java.util.Arrays.equals(first, other));
        for (int i = 1; i < first.length; i++) {
            assertEquals(true, first[i - 1] < first[i], "rows keep their original order");
        }
    }

    @Test
    void withoutShuffleTheFirstRowsTrainAndTheLastTest() throws Exception {
        List<PortObject> out = Nodes.run(node, null, settings(node, "trainFraction=0.8", "shuffle=false"), unbalanced());
        assertEquals(0, ids(out.get(0))[0]);
        assertEquals(799, ids(out.get(0))[799]);
        assertEquals(800, ids(out.get(1))[0]);
        assertEquals(0, ((DataTable) out.get(2)).rowCount(), "no validation fraction, empty validation part");
    }

    @Test
    void configureKnowsThePartSizesOfAPlainSplitAndRefusesFractionsOverOne() throws Exception {
        TableSpec spec = unbalanced().spec();
        var specs = Nodes.configure(node, null, settings(node, "trainFraction=0.75", "validationFraction=0.05"), spec);
        assertEquals(750, ((TableSpec) specs.get(0)).rowCount());
        assertEquals(200, ((TableSpec) specs.get(1)).rowCount());
        assertEquals(50, ((TableSpec) specs.get(2)).rowCount());
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> Nodes.configure(node,
                null, settings(node, "trainFraction=0.9", "validationFraction=0.2"), spec));
        assertEquals("setting 'trainFraction' (Train fraction) (0.9) plus setting 'validationFraction' (Validation "
                + "fraction) (0.2) exceed 1; lower one of them", e.getMessage());
        e = assertThrows(InvalidConfigurationException.class,
                () -> Nodes.configure(node, null, settings(node, "stratifyColumn=id2"), spec));
        assertEquals("setting 'stratifyColumn' (Stratify by): the input has no column 'id2'; it has: id (int), "
                + "label (category (3))", e.getMessage());
    }
}
