package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.dl.compile.BatchLayout;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/** Rows as tables store them (images HWC, sequences steps x features) become DL4J's NCHW and NCW arrays. */
class BatchLayoutTest {

    @BeforeAll
    static void nd4j() {
        Dl4jRuntime.initialize();
    }

    private static final int H = 3;
    private static final int W = 4;
    private static final int C = 2;

    /** Value of row n, pixel (h, w), channel c: its coordinates as digits. */
    private static float pixel(int n, int h, int w, int c) {
        return n * 1000 + h * 100 + w * 10 + c;
    }

    private static float[] imageRows(int count) {
        float[] rows = new float[count * H * W * C];
        int i = 0;
        for (int n = 0; n < count; n++) {
            for (int h = 0; h < H; h++) {
                for (int w = 0; w < W; w++) {
                    for (int c = 0; c < C; c++) {
                        rows[i++] = pixel(n, h, w, c);
                    }
                }
            }
        }
        return rows;
    }

    private static CompiledNetwork imageNetwork() throws Exception {
        TableSpec table = TableSpec.of(-1, ColumnSpec.tensor("image", H, W, C));
        NetworkSpec in = Layers.input("input1", table, "image");
        NetworkSpec net = Layers.configure(Layers.OUTPUT, "out1", in, "objective=REGRESSION", "units=1");
        return CompiledNetwork.compile(net, CompileOptions.defaults());
    }

    @Test
    void imagesBecomeChannelsFirst() throws Exception {
        CompiledNetwork network = imageNetwork();
        INDArray batch = network.featuresFromRows(0, imageRows(2), 2);
        assertArrayEquals(new long[] { 2, C, H, W }, batch.shape());
        assertArrayEquals(new long[] { 2, C, H, W }, network.featureShape(0, 2, 0));
        for (int n = 0; n < 2; n++) {
            for (int h = 0; h < H; h++) {
                for (int w = 0; w < W; w++) {
                    for (int c = 0; c < C; c++) {
                        assertEquals(pixel(n, h, w, c), batch.getFloat(n, c, h, w), 0);
                    }
                }
            }
        }
        assertEquals(DataType.FLOAT, batch.dataType());
        // the data bundle's channels-first copy gives the same array without a transpose here
        TensorColumn column = TensorColumn.of("image", new int[] { H, W, C }, imageRows(2));
        float[] copied = new float[2 * H * W * C];
        column.copyRowsChannelsFirst(new int[] { 0, 1 }, copied, 0);
        assertEquals(batch, network.featuresFromChannelsFirst(0, copied, 2, 0));
        // a longer buffer (reused between batches) is trimmed to the batch
        assertEquals(batch, network.featuresFromRows(0, java.util.Arrays.copyOf(imageRows(2), 500), 2));
    }

    @Test
    void sequencesBecomeFeaturesFirstWithAMask() throws Exception {
        TableSpec table = TableSpec.of(-1, ColumnSpec.sequence("s", ColumnSpec.VARIES, 2));
        NetworkSpec in = Layers.input("input1", table, "s");
        NetworkSpec lstm = Layers.configure(Layers.LSTM, "lstm1", in, "units=3");
        CompiledNetwork network = CompiledNetwork.compile(Layers.configure(Layers.OUTPUT, "out1", lstm,
                "objective=REGRESSION", "units=1"), CompileOptions.defaults());
        // two sequences of 3 and 2 steps; step t, feature f of row n is n*100 + t*10 + f
        float[] data = { 0, 1, 10, 11, 20, 21, 100, 101, 110, 111 };
        SequenceColumn column = SequenceColumn.of("s", 2, data, new int[] { 0, 3, 5 });
        float[] padded = { 0, 1, 10, 11, 20, 21, 100, 101, 110, 111, 0, 0 };
        INDArray batch = network.featuresFromRows(0, padded, 2);
        assertArrayEquals(new long[] { 2, 2, 3 }, batch.shape());
        assertEquals(21, batch.getFloat(0, 1, 2), 0);
        assertEquals(110, batch.getFloat(1, 0, 1), 0);

        float[] copied = new float[2 * 2 * 3];
        float[] mask = new float[2 * 3];
        column.copyRowsFeaturesFirst(new int[] { 0, 1 }, 3, copied, 0, mask, 0);
        assertEquals(batch, network.featuresFromChannelsFirst(0, copied, 2, 3));
        INDArray expectedMask = BatchLayout.sequenceMask(new int[] { 3, 2 }, 3, DataType.FLOAT);
        assertArrayEquals(mask, expectedMask.data().asFloat());
        // the masked network predicts the short row as if its padding were not there
        var graph = network.newGraph();
        INDArray masked = graph.output(false, new INDArray[] { batch }, new INDArray[] { expectedMask })[0];
        INDArray alone = graph.outputSingle(network.featuresFromRows(0, new float[] { 100, 101, 110, 111 }, 1));
        assertEquals(alone.getFloat(0, 0), masked.getFloat(1, 0), 1e-5);
    }

    @Test
    void labelsAndOneHot() throws Exception {
        INDArray hot = BatchLayout.oneHot(new int[] { 2, 0 }, 3, DataType.FLOAT);
        assertArrayEquals(new float[] { 0, 0, 1, 1, 0, 0 }, hot.data().asFloat());
        CompiledNetwork network = CompiledNetwork.compile(Layers.lenet(), CompileOptions.defaults());
        assertArrayEquals(new long[] { 4, 10 }, network.oneHot(new int[] { 1, 2, 3, 9 }).shape());
        assertEquals(List.of("input1"), network.inputs().stream().map(l -> l.name()).toList());
    }
}
