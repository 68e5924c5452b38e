package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TensorColumn;
import org.neurite.dl.model.ColumnMapping;
import org.neurite.dl.model.InputColumns;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Shape;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/** Table rows become DL4J's arrays: every number lands where DL4J expects it. */
class TableBatchesTest {

    @BeforeAll
    static void dl4j() {
        Dl4jRuntime.initialize();
    }

    static final List<String> KINDS = List.of("x", "y", "z");

    @Test
    void imagesBecomeChannelsFirstAndClassesOneHot() {
        int rows = 4, h = 3, w = 2, c = 2;
        float[] pixels = new float[rows * h * w * c];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i;
        }
        DataTable table = DataTable.of(TensorColumn.of("image", new int[] { h, w, c }, pixels),
                CategoryColumn.of("kind", KINDS, new int[] { 2, 0, 1, 2 }));
        ColumnMapping mapping = new ColumnMapping(List.of(new InputColumns("in", List.of(table.spec().column("image")
                .orElseThrow()), new Shape.Image(h, w, c))), table.spec().column("kind").orElseThrow(),
                Objective.CLASSIFICATION, KINDS);
        TableBatches.Batch b = TableBatches.withTargets(table, mapping, 3, DataType.FLOAT).read(new int[] { 3, 1 },
                new TableBatches.Buffers());
        INDArray x = b.features()[0];
        assertArrayEquals(new long[] { 2, c, h, w }, x.shape());
        TensorColumn image = table.column("image", TensorColumn.class);
        int[] rowsRead = { 3, 1 };
        for (int i = 0; i < 2; i++) {
            for (int y = 0; y < h; y++) {
                for (int xx = 0; xx < w; xx++) {
                    for (int k = 0; k < c; k++) {
                        assertEquals(image.get(rowsRead[i], (y * w + xx) * c + k), x.getFloat(i, k, y, xx));
                    }
                }
            }
        }
        assertArrayEquals(new float[] { 0, 0, 1, 1, 0, 0 }, b.labels().data().asFloat());
        assertNull(b.featureMasks());
    }

    @Test
    void severalColumnsLieSideBySideInTheirOrder() {
        DataTable table = DataTable.of(DoubleColumn.of("a", new double[] { 1, 2, 3 }),
                IntColumn.of("b", new int[] { 10, 20, 30 }),
                TensorColumn.of("v", new int[] { 2 }, new float[] { 100, 101, 200, 201, 300, 301 }),
                DoubleColumn.of("y", new double[] { 0.5, 1.5, 2.5 }));
        List<ColumnSpec> in = List.of(table.spec().column("v").orElseThrow(), table.spec().column("a").orElseThrow(),
                table.spec().column("b").orElseThrow());
        ColumnMapping mapping = new ColumnMapping(List.of(new InputColumns("in", in, new Shape.Features(4))),
                table.spec().column("y").orElseThrow(), Objective.REGRESSION, List.of());
        TableBatches.Batch b = TableBatches.withTargets(table, mapping, 1, DataType.FLOAT).read(new int[] { 2, 0 },
                new TableBatches.Buffers());
        assertArrayEquals(new float[] { 300, 301, 3, 30, 100, 101, 1, 10 }, b.features()[0].data().asFloat());
        assertArrayEquals(new float[] { 2.5f, 0.5f }, b.labels().data().asFloat());
    }

    @Test
    void sequencesBecomeFeaturesFirstWithAMaskWhenLengthsDiffer() {
        SequenceColumn.Builder builder = new SequenceColumn.Builder(2);
        builder.add(new float[] { 1, 2, 3, 4, 5, 6 }, 3); // steps (1,2) (3,4) (5,6)
        builder.add(new float[] { 7, 8 }, 1);
        builder.add(new float[] { 9, 10, 11, 12 }, 2);
        DataTable table = DataTable.of(builder.build("s"), IntColumn.of("label", new int[] { 1, 0, 1 }));
        ColumnMapping mapping = new ColumnMapping(List.of(new InputColumns("in", List.of(table.spec().column("s")
                .orElseThrow()), new Shape.Sequence(Shape.UNKNOWN, 2))), table.spec().column("label").orElseThrow(),
                Objective.CLASSIFICATION, List.of("0", "1"));
        TableBatches.Batch b = TableBatches.withTargets(table, mapping, 2, DataType.FLOAT).read(new int[] { 0, 1, 2 },
                new TableBatches.Buffers());
        INDArray x = b.features()[0];
        assertArrayEquals(new long[] { 3, 2, 3 }, x.shape(), "[rows, features, longest steps]");
        assertEquals(3f, x.getFloat(0, 0, 1), "row 0, feature 0, step 1");
        assertEquals(6f, x.getFloat(0, 1, 2), "row 0, feature 1, step 2");
        assertEquals(8f, x.getFloat(1, 1, 0));
        assertEquals(0f, x.getFloat(1, 1, 2), "padded");
        assertArrayEquals(new float[] { 1, 1, 1, 1, 0, 0, 1, 1, 0 }, b.featureMasks()[0].data().asFloat());

        TableBatches.Batch even = TableBatches.withTargets(table, mapping, 2, DataType.FLOAT).read(new int[] { 0 },
                new TableBatches.Buffers());
        assertNull(even.featureMasks(), "no mask when every row has all steps");
        assertArrayEquals(new float[] { 1, 3, 5, 2, 4, 6 }, even.features()[0].data().asFloat());
    }
}
