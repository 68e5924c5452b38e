package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.Dropout;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.InvalidConfigurationException;

class DenseLstmDropoutTest {

    private static NetworkSpec features(int n) throws Exception {
        return Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", n)), "x");
    }

    private static NetworkSpec sequence(int steps, int f) throws Exception {
        return Layers.input("input1", TableSpec.of(-1, ColumnSpec.sequence("s", steps, f)), "s");
    }

    @Test
    void denseCountsWeightsAndBiases() throws Exception {
        NetworkSpec n = Layers.configure(Layers.DENSE, "dense1", features(800), "units=500");
        assertEquals("[?, 500]", n.summary());
        assertEquals("400,500 params", n.producerNote());
        assertEquals("400,000 params",
                Layers.configure(Layers.DENSE, "dense1", features(800), "units=500", "bias=false").producerNote());
        assertEquals("2 params", Layers.configure(Layers.DENSE, "dense1", features(1), "units=1").producerNote());
    }

    @Test
    void denseFlattensAnImage() throws Exception {
        NetworkSpec image = Layers.input("input1", Layers.mnist(), "image");
        NetworkSpec n = Layers.configure(Layers.DENSE, "dense1", image, "units=10");
        assertEquals("[?, 10]", n.summary());
        assertEquals("7,850 params", n.producerNote());
    }

    @Test
    void denseRefusesASequence() {
        assertEquals("Dense needs a feature vector [N] or an image, got a sequence [50 x 8] from 'input1': set the"
                + " LSTM before it to return only the last step", assertThrows(InvalidConfigurationException.class,
                        () -> Layers.configure(Layers.DENSE, "dense1", sequence(50, 8))).getMessage());
    }

    @Test
    void lstmLastStepOrFullSequence() throws Exception {
        NetworkSpec last = Layers.configure(Layers.LSTM, "lstm1", sequence(50, 8), "units=64");
        assertEquals("[?, 64]", last.summary());
        // 4 blocks x 64 units x (8 inputs + 64 recurrent + 1 bias)
        assertEquals("18,688 params", last.producerNote());
        NetworkSpec full = Layers.configure(Layers.LSTM, "lstm1", sequence(50, 8), "units=64",
                "output=FULL_SEQUENCE");
        assertEquals("[?, 50, 64]", full.summary());
        NetworkSpec stacked = Layers.configure(Layers.LSTM, "lstm2", full, "units=16");
        assertEquals("[?, 16]", stacked.summary());
        assertEquals("5,184 params", stacked.producerNote());
        assertEquals("[?, ?, 1]", Layers.configure(Layers.LSTM, "lstm1", sequence(ColumnSpec.VARIES, 3), "units=1",
                "output=FULL_SEQUENCE").summary());
    }

    @Test
    void lstmRefusesImagesAndVectors() throws Exception {
        NetworkSpec image = Layers.input("input1", Layers.mnist(), "image");
        assertEquals("LSTM needs a sequence input [T x F], got an image [28 x 28 x 1] from 'input1': use"
                + " Convolution 2D for images, or read the data as a sequence column", assertThrows(
                        InvalidConfigurationException.class, () -> Layers.configure(Layers.LSTM, "lstm1", image))
                        .getMessage());
        assertEquals("LSTM needs a sequence input [T x F], got a feature vector [4] from 'input1': read the data as"
                + " a sequence column, or use Dense for feature vectors", assertThrows(
                        InvalidConfigurationException.class,
                        () -> Layers.configure(Layers.LSTM, "lstm1", features(4))).getMessage());
    }

    @Test
    void dropoutKeepsTheShapeAndStoresTheDropRate() throws Exception {
        NetworkSpec n = Layers.configure(Layers.DROPOUT, "dropout1",
                Layers.input("input1", Layers.mnist(), "image"), "rate=0.2");
        assertEquals("[?, 28, 28, 1]", n.summary());
        assertEquals("0 params", n.producerNote());
        Dropout d = (Dropout) n.head().layer();
        assertEquals(0.2, d.rate());
        assertEquals(0.8, d.retainProbability(), 1e-12);
        assertEquals(0.5, ((Dropout) Layers.configure(Layers.DROPOUT, "d", features(3)).head().layer()).rate(),
                "the default drops half");
    }
}
