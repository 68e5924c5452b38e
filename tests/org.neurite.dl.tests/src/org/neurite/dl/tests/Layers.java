package org.neurite.dl.tests;

import java.util.List;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.layers.AddNode;
import org.neurite.dl.layers.ConcatenateNode;
import org.neurite.dl.layers.Convolution2DNode;
import org.neurite.dl.layers.DenseNode;
import org.neurite.dl.layers.DropoutNode;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.layers.LstmNode;
import org.neurite.dl.layers.MaxPooling2DNode;
import org.neurite.dl.layers.OutputLayerNode;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsSchema;

/**
 * Configures layer nodes one by one, as the workflow does, with settings written as in a workflow file or a
 * {@code --set} override ({@code "units=500"}).
 */
final class Layers {

    static final InputLayerNode INPUT = new InputLayerNode();
    static final DenseNode DENSE = new DenseNode();
    static final Convolution2DNode CONV = new Convolution2DNode();
    static final MaxPooling2DNode POOL = new MaxPooling2DNode();
    static final DropoutNode DROPOUT = new DropoutNode();
    static final LstmNode LSTM = new LstmNode();
    static final ConcatenateNode CONCATENATE = new ConcatenateNode();
    static final AddNode ADD = new AddNode();
    static final OutputLayerNode OUTPUT = new OutputLayerNode();

    static final List<NodeFactory<?>> ALL = List.of(INPUT, DENSE, CONV, POOL, DROPOUT, LSTM, CONCATENATE, ADD,
            OUTPUT);

    /** A table of one 28 x 28 x 1 image column and a 10-class label column: MNIST's spec. */
    static TableSpec mnist() {
        return TableSpec.of(TableSpec.UNKNOWN_ROWS, ColumnSpec.tensor("image", 28, 28, 1),
                ColumnSpec.category("label", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));
    }

    /** Settings of {@code factory}: its defaults with {@code key=value} overrides applied. */
    static <S extends Record> S settings(NodeFactory<S> factory, String... overrides) {
        SettingsSchema<S> schema = factory.descriptor().settings();
        try {
            return schema.withTexts(schema.defaults(), overrides);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The network a node with id {@code id} outputs for these inputs (missing trailing ones are unconnected);
     * configure errors are thrown as they are.
     */
    static <S extends Record> NetworkSpec configure(NodeFactory<S> factory, String id, S settings,
            PortSpec... inputs) throws Exception {
        PortSpec[] all = java.util.Arrays.copyOf(inputs, factory.descriptor().inputs().size());
        return (NetworkSpec) NodeHarness.of(factory).withNodeId(id).configure(settings, all).get(0);
    }

    static <S extends Record> NetworkSpec configure(NodeFactory<S> factory, String id, PortSpec input,
            String... overrides) throws Exception {
        return configure(factory, id, settings(factory, overrides), input);
    }

    static NetworkSpec input(String id, TableSpec table, String columns) throws Exception {
        return configure(INPUT, id, table, "columns=" + columns);
    }

    /** The LeNet-style chain of the examples: conv 5x5x20, pool 2, conv 5x5x50, pool 2, dense 500, dropout 0.5. */
    static NetworkSpec lenetBody() throws Exception {
        NetworkSpec n = input("input1", mnist(), "image");
        n = configure(CONV, "conv1", n, "filters=20", "kernelHeight=5", "kernelWidth=5", "activation=IDENTITY");
        n = configure(POOL, "pool1", n);
        n = configure(CONV, "conv2", n, "filters=50", "kernelHeight=5", "kernelWidth=5", "activation=IDENTITY");
        n = configure(POOL, "pool2", n);
        n = configure(DENSE, "dense1", n, "units=500", "activation=RELU");
        return configure(DROPOUT, "dropout1", n, "rate=0.5");
    }

    /** LeNet finished with a 10-way softmax output whose size comes from the MNIST label column. */
    static NetworkSpec lenet() throws Exception {
        return configure(OUTPUT, "output1", settings(OUTPUT, "targetColumn=label"), lenetBody(), mnist());
    }

    private Layers() {
    }
}
