package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.dl.network.Activation;
import org.neurite.dl.network.Add;
import org.neurite.dl.network.Dense;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Output;
import org.neurite.dl.network.Shape;
import org.neurite.dl.network.WeightInit;
import org.neurite.engine.node.InvalidConfigurationException;

class NetworkSpecTest {

    private static final Input INPUT = new Input(List.of("a", "b", "c", "d"), new Shape.Features(4));

    private static Dense dense(int units) {
        return new Dense(units, Activation.RELU, WeightInit.XAVIER, true, 0, 0);
    }

    private static Output output(int units) {
        return new Output(Objective.CLASSIFICATION, units, WeightInit.XAVIER, "");
    }

    private static LayerSpec spec(String name, org.neurite.dl.network.Layer layer, Shape shape, long params,
            String... inputs) {
        return new LayerSpec(name, "Node '" + name + "'", layer, List.of(inputs), shape, params);
    }

    @Test
    void aDiamondUnitesItsSharedLayersOnce() throws Exception {
        NetworkSpec in = NetworkSpec.input("in", "Input 'in'", INPUT);
        NetworkSpec stem = in.then("stem", "Dense 'stem'", dense(8));
        NetworkSpec left = stem.then("left", "Dense 'left'", dense(8));
        NetworkSpec right = stem.then("right", "Dense 'right'", dense(8));
        NetworkSpec sum = NetworkSpec.join("sum", "Add 'sum'", new Add(), List.of(left, right));
        assertEquals(List.of("in", "stem", "left", "right", "sum"), sum.layers().stream().map(LayerSpec::name)
                .toList());
        assertEquals(40 + 72 + 72, sum.parameterCount());
        // joining in the other order gives the same layers (a different order of the branches' inputs)
        NetworkSpec other = NetworkSpec.join("sum", "Add 'sum'", new Add(), List.of(right, left));
        assertEquals(List.of("right", "left"), other.head().inputs());
        assertNotEquals(sum, other);
        assertEquals(sum, NetworkSpec.join("sum", "Add 'sum'", new Add(), List.of(left, right)));
    }

    @Test
    void ofRebuildsAndChecksTheShapes() throws Exception {
        NetworkSpec built = NetworkSpec.input("in", "Input 'in'", INPUT).then("d", "Node 'd'", dense(3))
                .then("out", "Node 'out'", output(2));
        // any order in, topological order out
        NetworkSpec read = NetworkSpec.of(List.of(built.layers().get(2), built.layers().get(0),
                built.layers().get(1)), "out");
        assertEquals(built, read);
        assertEquals("Node 'd' is recorded as [?, 4] with 15 params, but its inputs give [?, 3] with 15 params",
                assertThrows(InvalidConfigurationException.class, () -> NetworkSpec.of(List.of(
                        spec("in", INPUT, INPUT.shape(), 0), spec("d", dense(3), new Shape.Features(4), 15, "in")),
                        "d")).getMessage());
        assertEquals("Node 'd' reads from 'nowhere', which is not a layer of this network", assertThrows(
                InvalidConfigurationException.class, () -> NetworkSpec.of(List.of(spec("in", INPUT, INPUT.shape(),
                        0), spec("d", dense(3), new Shape.Features(3), 15, "nowhere")), "d")).getMessage());
    }

    @Test
    void aCycleIsAnErrorNamingItsLayers() {
        List<LayerSpec> layers = List.of(spec("in", INPUT, INPUT.shape(), 0),
                spec("a", dense(4), new Shape.Features(4), 20, "in", "c"),
                spec("b", dense(4), new Shape.Features(4), 20, "a"),
                spec("c", dense(4), new Shape.Features(4), 20, "b"),
                spec("after", dense(2), new Shape.Features(2), 10, "c"));
        assertEquals("the layers form a cycle: Node 'a' -> Node 'b' -> Node 'c' -> Node 'a': a layer's output cannot"
                + " feed back into its own input; remove one of these connections", assertThrows(
                        InvalidConfigurationException.class, () -> NetworkSpec.of(layers, "after")).getMessage());
    }

    @Test
    void aDanglingBranchIsAnErrorNamingItsLayers() throws Exception {
        List<LayerSpec> layers = List.of(spec("in", INPUT, INPUT.shape(), 0),
                spec("used", dense(4), new Shape.Features(4), 20, "in"),
                spec("lost1", dense(4), new Shape.Features(4), 20, "in"),
                spec("lost2", dense(2), new Shape.Features(2), 10, "lost1"),
                spec("out", output(2), new Shape.Features(2), 10, "used"));
        NetworkSpec network = NetworkSpec.of(layers, "out");
        assertEquals("the layers Node 'lost1', Node 'lost2' do not lead to Node 'out': connect them towards the"
                + " output layer, or remove them", assertThrows(InvalidConfigurationException.class,
                        network::checkTrainable).getMessage());
    }

    @Test
    void onlyAFinishedNetworkIsTrainable() throws Exception {
        NetworkSpec open = NetworkSpec.input("in", "Input 'in'", INPUT).then("d", "Dense Layer 'd'", dense(3));
        assertEquals("the network ends in Dense Layer 'd', not in an output layer: add an Output Layer node after"
                + " it", assertThrows(InvalidConfigurationException.class, open::checkTrainable).getMessage());
        NetworkSpec unsized = open.then("out", "Output Layer 'out'", output(Shape.UNKNOWN));
        assertEquals("Output Layer 'out' does not know its number of outputs yet: set its units, connect the"
                + " training data and set its target column, or let the trainer set it", assertThrows(
                        InvalidConfigurationException.class, unsized::checkTrainable).getMessage());
        unsized.withOutputUnits(2).checkTrainable();
    }

    @Test
    void summaryNoteAndDetails() throws Exception {
        NetworkSpec lenet = Layers.lenet();
        assertEquals("[?, 10]", lenet.summary());
        assertEquals(431_080, lenet.parameterCount());
        assertEquals("""
                layer     kind            output            params  inputs    settings
                input1    Input           [?, 28, 28, 1]         0            columns image
                conv1     Convolution 2D  [?, 24, 24, 20]      520  input1    20 filters 5 x 5, stride 1 x 1, valid, Identity (linear)
                pool1     Max Pooling 2D  [?, 12, 12, 20]        0  conv1     2 x 2, stride 2 x 2, valid
                conv2     Convolution 2D  [?, 8, 8, 50]     25,050  pool1     50 filters 5 x 5, stride 1 x 1, valid, Identity (linear)
                pool2     Max Pooling 2D  [?, 4, 4, 50]          0  conv2     2 x 2, stride 2 x 2, valid
                dense1    Dense           [?, 500]         400,500  pool2     500 units, ReLU
                dropout1  Dropout         [?, 500]               0  dense1    drop 50.0 %
                output1   Output          [?, 10]            5,010  dropout1  10 units, softmax + multi-class cross-entropy, target label
                total 431,080 params""", lenet.details());
        assertEquals(lenet, lenet.spec());
    }
}
