package org.neurite.dl.layers;

import java.util.ArrayList;
import java.util.List;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Shape;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Starts a network: the columns of a table it reads, and the shape they make. */
@Component(service = NodeFactory.class)
public final class InputLayerNode implements NodeFactory<InputLayerNode.Settings> {

    public static final String ID = "org.neurite.dl.input";

    public record Settings(
            @Setting(label = "Feature columns", description = "The columns the network reads: one tensor column"
                    + " (an image), one sequence column, or one or more numeric columns (a feature vector).",
                    defaultValue = "", optional = true) List<String> columns) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Input Layer")
            .category(LayerNodeFactory.CATEGORY).icon("icons/input.png").description("""
                    Every network starts here. The Input Layer says which columns of the training table the \
                    network reads, and so the shape of one example, which every following layer builds on: \
                    connect the table (or any table with the same columns) and pick the feature columns.

                    The shape follows from the columns. Numeric columns (double or int), one or more, make a \
                    feature vector: four measurements of a flower give [?, 4]; a tensor column of one \
                    dimension adds its length. One tensor column of height x width x channels makes an \
                    image: an MNIST digit is [?, 28, 28, 1] (a tensor of height x width counts as one \
                    channel). One sequence column of steps x features makes a sequence for an LSTM: \
                    [?, 50, 8]; sequences of different lengths show ? steps. The ? in front stands for the \
                    number of examples in a batch, chosen by the trainer.

                    Category columns are names, not numbers: turn them into numbers first (One-Hot). Several \
                    Input Layers may feed one network through Concatenate, e.g. an image and measurements \
                    about it; the trainer then fills each from its own columns of the same table.""")
            .input("table", "Table", DataTable.TYPE, "A table (or only its spec) with the feature columns.")
            .output("network", "Network", NetworkSpec.TYPE, "A network of this one input layer.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> inSpecs, Settings settings, NodeContext context)
                    throws InvalidConfigurationException {
                return List.of(network((TableSpec) inSpecs.get(0), settings, context));
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws InvalidConfigurationException {
                return List.of(network(((DataTable) inputs.get(0)).spec(), settings, context));
            }
        };
    }

    private static NetworkSpec network(TableSpec table, Settings settings, NodeContext context)
            throws InvalidConfigurationException {
        return NetworkSpec.input(context.nodeId(), context.nodeName(),
                new Input(settings.columns(), shapeOf(table, settings.columns())));
    }

    /** The shape of one example made of these columns of {@code table}. */
    public static Shape shapeOf(TableSpec table, List<String> columns) throws InvalidConfigurationException {
        String setting = "setting 'columns' (Feature columns)";
        if (columns.isEmpty()) {
            throw new InvalidConfigurationException(setting + " names no column: choose the columns the network"
                    + " reads; the table has: " + table.listColumns());
        }
        List<ColumnSpec> specs = new ArrayList<>();
        for (String name : columns) {
            if (specs.stream().anyMatch(c -> c.name().equals(name))) {
                throw new InvalidConfigurationException(setting + " names column '" + name + "' twice");
            }
            specs.add(table.require(name, setting));
        }
        if (specs.size() == 1) {
            ColumnSpec c = specs.get(0);
            int[] dims = c.type() == ColumnType.TENSOR ? c.shape() : new int[0];
            if (c.type() == ColumnType.SEQUENCE) {
                return new Shape.Sequence(c.stepCount() == ColumnSpec.VARIES ? Shape.UNKNOWN : c.stepCount(),
                        c.featureCount());
            }
            if (dims.length == 3) {
                return new Shape.Image(dims[0], dims[1], dims[2]);
            }
            if (dims.length == 2) {
                return new Shape.Image(dims[0], dims[1], 1);
            }
            if (dims.length > 3) {
                throw new InvalidConfigurationException("column '" + c.name() + "' is a " + c.typeText()
                        + "; the network reads feature vectors, images (height x width x channels) and sequences:"
                        + " reshape it to at most three dimensions");
            }
        }
        int size = 0;
        for (ColumnSpec c : specs) {
            switch (c.type()) {
                case DOUBLE, INT -> size += 1;
                case TENSOR -> {
                    if (c.shape().length != 1) {
                        throw new InvalidConfigurationException("column '" + c.name() + "' is an image ("
                                + c.typeText() + "), which must be the only feature column: use a second Input"
                                + " Layer for the other columns and join the branches with Concatenate");
                    }
                    size += c.elementCount();
                }
                case SEQUENCE -> throw new InvalidConfigurationException("column '" + c.name() + "' is a "
                        + c.typeText() + ", which must be the only feature column: use a second Input Layer for the"
                        + " other columns and join the branches with Concatenate");
                case CATEGORY -> throw new InvalidConfigurationException("column '" + c.name() + "' holds"
                        + " categories, not numbers: turn it into numbers first (One-Hot), or leave it out");
            }
        }
        return new Shape.Features(size);
    }
}
