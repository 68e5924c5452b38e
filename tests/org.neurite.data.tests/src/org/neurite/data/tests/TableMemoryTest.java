package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TensorColumn;

/**
 * A table of 60,000 MNIST-sized images must fit well under 1 GB of heap. The raw floats are
 * 60,000 x 784 x 4 B = 188.2 MB, the labels 0.24 MB; the bound is 200 MB retained (about 6% over the raw data,
 * i.e. no per-cell objects and no hidden copies).
 */
class TableMemoryTest {

    static final long BOUND_BYTES = 200L * 1000 * 1000;

    @Test
    void sixtyThousandImagesRetainUnder200MB() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        DataTable table = build(60_000);
        long after = usedAfterGc(memory);
        long retained = after - before;
        System.out.printf("[memory] 60000 x 28x28x1 table retains %.1f MB (data %.1f MB, bound %.0f MB)%n",
                retained / 1e6, table.dataBytes() / 1e6, BOUND_BYTES / 1e6);
        assertEquals(60_000, table.rowCount());
        assertTrue(retained > table.dataBytes() * 9 / 10,
                "the measurement sees the table (" + retained + " B), so the bound means something");
        assertTrue(retained < BOUND_BYTES, "retained " + retained + " B, bound " + BOUND_BYTES + " B");
        assertEquals(0.5f, table.column("image", TensorColumn.class).get(59_999, 783), "table still reachable");
    }

    private static DataTable build(int rows) {
        TensorColumn.Builder images = new TensorColumn.Builder(new int[] { 28, 28, 1 }, rows);
        float[] row = new float[784];
        java.util.Arrays.fill(row, 0.5f);
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            images.add(row);
            labels[r] = r % 10;
        }
        return DataTable.of(images.build("image"),
                CategoryColumn.of("label", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), labels));
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
