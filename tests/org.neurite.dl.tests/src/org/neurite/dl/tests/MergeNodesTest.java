package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.settings.NoSettings;

class MergeNodesTest {

    private static final TableSpec TABLE = TableSpec.of(-1, ColumnSpec.tensor("image", 28, 28, 1),
            ColumnSpec.sequence("signal", 20, 3), ColumnSpec.doubles("a"), ColumnSpec.doubles("b"));

    private static NetworkSpec concatenate(NetworkSpec... in) throws Exception {
        return Layers.configure(Layers.CONCATENATE, "concatenate1", new NoSettings(), padded(in));
    }

    private static NetworkSpec add(NetworkSpec... in) throws Exception {
        return Layers.configure(Layers.ADD, "add1", new NoSettings(), padded(in));
    }

    /** Four ports; the unconnected optional ones get null, as the workflow passes them. */
    private static NetworkSpec[] padded(NetworkSpec... in) {
        NetworkSpec[] four = new NetworkSpec[4];
        System.arraycopy(in, 0, four, 0, in.length);
        return four;
    }

    private static NetworkSpec image() throws Exception {
        return Layers.input("input1", TABLE, "image");
    }

    @Test
    void concatenateImagesAlongChannels() throws Exception {
        NetworkSpec in = image();
        NetworkSpec a = Layers.configure(Layers.CONV, "conv1", in, "filters=20", "padding=SAME");
        NetworkSpec b = Layers.configure(Layers.CONV, "conv2", in, "filters=30", "padding=SAME", "kernelHeight=5",
                "kernelWidth=5");
        NetworkSpec joined = concatenate(a, b);
        assertEquals("[?, 28, 28, 50]", joined.summary());
        assertEquals("0 params", joined.producerNote());
        // the shared input appears once; the branches' layers are united
        assertEquals(List.of("input1", "conv1", "conv2", "concatenate1"),
                joined.layers().stream().map(LayerSpec::name).toList());
        assertEquals(List.of("conv1", "conv2"), joined.head().inputs());
        assertEquals(200 + 750 + 30, joined.parameterCount());
    }

    @Test
    void concatenateVectorsAndSequencesAndAThirdBranch() throws Exception {
        NetworkSpec in = Layers.input("input1", TABLE, "a,b");
        NetworkSpec x = Layers.configure(Layers.DENSE, "dense1", in, "units=64");
        NetworkSpec y = Layers.configure(Layers.DENSE, "dense2", in, "units=32");
        NetworkSpec z = Layers.configure(Layers.DENSE, "dense3", y, "units=8");
        assertEquals("[?, 104]", concatenate(x, y, z).summary());
        NetworkSpec s = Layers.input("input2", TABLE, "signal");
        NetworkSpec l1 = Layers.configure(Layers.LSTM, "lstm1", s, "units=8", "output=FULL_SEQUENCE");
        NetworkSpec l2 = Layers.configure(Layers.LSTM, "lstm2", s, "units=4", "output=FULL_SEQUENCE");
        assertEquals("[?, 20, 12]", concatenate(l1, l2).summary());
    }

    @Test
    void branchesFromDifferentInputsMakeAMultiInputNetwork() throws Exception {
        NetworkSpec pixels = Layers.configure(Layers.DENSE, "dense1", image(), "units=16");
        NetworkSpec numbers = Layers.input("input2", TABLE, "a,b");
        NetworkSpec joined = concatenate(pixels, numbers);
        assertEquals("[?, 18]", joined.summary());
        assertEquals(List.of("input1", "input2"), joined.inputLayers().stream().map(LayerSpec::name).toList());
    }

    @Test
    void concatenateMisfits() throws Exception {
        NetworkSpec in = image();
        NetworkSpec big = Layers.configure(Layers.CONV, "conv1", in, "filters=4");
        NetworkSpec small = Layers.configure(Layers.POOL, "pool1", big);
        assertEquals("Concatenate joins images along their channels, so their height and width must match, got an"
                + " image [26 x 26 x 4] from 'conv1' and an image [13 x 13 x 4] from 'pool1': pool, stride or pad"
                + " the branches to the same size", assertThrows(InvalidConfigurationException.class,
                        () -> concatenate(big, small)).getMessage());
        NetworkSpec vector = Layers.configure(Layers.DENSE, "dense1", in, "units=4");
        assertEquals("Concatenate needs inputs of the same kind, got an image [26 x 26 x 4] from 'conv1' and a"
                + " feature vector [4] from 'dense1': add a Dense layer to the image or sequence branch to turn it"
                + " into a feature vector", assertThrows(InvalidConfigurationException.class,
                        () -> concatenate(big, vector)).getMessage());
        NetworkSpec s = Layers.input("input2", TABLE, "signal");
        NetworkSpec other = Layers.input("input3", TableSpec.of(-1, ColumnSpec.sequence("t", 10, 3)), "t");
        assertEquals("Concatenate joins sequences step by step, so their step counts must match, got a sequence"
                + " [20 x 3] from 'input2' and a sequence [10 x 3] from 'input3': feed both branches from the same"
                + " sequence input", assertThrows(InvalidConfigurationException.class,
                        () -> concatenate(s, other)).getMessage());
        assertEquals("Concatenate gets 'conv1' twice: connect different branches", assertThrows(
                InvalidConfigurationException.class, () -> concatenate(big, big)).getMessage());
    }

    @Test
    void addKeepsTheShape() throws Exception {
        NetworkSpec in = image();
        NetworkSpec a = Layers.configure(Layers.CONV, "conv1", in, "filters=8", "padding=SAME");
        NetworkSpec b = Layers.configure(Layers.CONV, "conv2", a, "filters=8", "padding=SAME");
        NetworkSpec residual = add(a, b);
        assertEquals("[?, 28, 28, 8]", residual.summary());
        assertEquals("0 params", residual.producerNote());
        NetworkSpec c = Layers.configure(Layers.CONV, "conv3", a, "filters=4", "padding=SAME");
        assertEquals("Add needs inputs of the same shape, got an image [28 x 28 x 8] from 'conv1' and an image"
                + " [28 x 28 x 4] from 'conv3': give the branches the same units or filters, or use Concatenate",
                assertThrows(InvalidConfigurationException.class, () -> add(a, c)).getMessage());
    }

    @Test
    void twoDifferentLayersUnderOneNameAreRefused() throws Exception {
        NetworkSpec in = image();
        NetworkSpec a = Layers.configure(Layers.DENSE, "dense1", in, "units=4");
        NetworkSpec b = Layers.configure(Layers.DENSE, "dense1", in, "units=5");
        String message = assertThrows(InvalidConfigurationException.class, () -> add(a, b)).getMessage();
        assertEquals("the joined branches hold two different layers named 'dense1' (Dense Layer 'dense1': 4 units,"
                + " ReLU, and Dense Layer 'dense1': 5 units, ReLU): every layer node needs its own id", message);
    }

    @Test
    void aMergeNeedsTwoBranches() throws Exception {
        // in a workflow the engine reports the unconnected required port; the rule holds for the API too
        NetworkSpec in = image();
        assertEquals("Concatenate takes 2 or more network inputs, got 1", assertThrows(
                InvalidConfigurationException.class, () -> concatenate(in)).getMessage());
    }
}
