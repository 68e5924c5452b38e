package org.neurite.dl.layers;

import java.util.List;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Output;
import org.neurite.dl.network.OutputSize;
import org.neurite.dl.network.Shape;
import org.neurite.dl.network.WeightInit;
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

/** Ends a network: the predictions and the loss they are trained with. */
@Component(service = NodeFactory.class)
public final class OutputLayerNode implements NodeFactory<OutputLayerNode.Settings> {

    public static final String ID = "org.neurite.dl.output";

    public record Settings(
            @Setting(label = "Objective", description = "What the network predicts, as an activation and loss"
                    + " pair: classes (softmax + cross-entropy), yes/no or several labels (sigmoid + binary"
                    + " cross-entropy), or numbers (identity + mean squared error).",
                    defaultValue = "CLASSIFICATION") Objective objective,
            @Setting(label = "Units", description = "Number of outputs. 0 (automatic) takes it from the target"
                    + " column: the number of classes, 1 for a yes/no or a number.", defaultValue = "0", min = 0,
                    max = 1_000_000) int units,
            @Setting(label = "Target column", description = "The column the network learns to predict. Used to"
                    + " count the outputs when the training table is connected here; otherwise the trainer's"
                    + " target column decides.", defaultValue = "", optional = true) String targetColumn,
            @Setting(label = "Weight initialisation", description = "How the weights are drawn before training.",
                    defaultValue = "XAVIER", section = "Advanced") WeightInit weightInit) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Output Layer")
            .category(LayerNodeFactory.CATEGORY).icon("icons/output.png").description("""
                    Every network ends here. The Output Layer is a fully connected layer whose units are the \
                    predictions, together with the loss: the number that measures how wrong they are, which \
                    training makes small. Activation and loss come as a pair, because only some pairs make \
                    sense.

                    Classification (softmax + cross-entropy): one unit per class; softmax turns the unit \
                    values into probabilities that add up to 1, and the loss is small when the true class \
                    gets a high probability. Yes/no (sigmoid + binary cross-entropy): each unit is an \
                    independent probability between 0 and 1, for a yes/no target or for several labels that \
                    can be true at once. Regression (identity + mean squared error): the units are the \
                    predicted numbers, and the loss is the average squared difference to the targets.

                    Nobody needs to count classes: leave Units at 0 (automatic). Connect the training table \
                    to the second input and set the target column to see the size now (10 classes of digits \
                    give [?, 10]); or leave it unconnected and the trainer sets the size from its target \
                    column when it runs. An image coming in is flattened; a sequence coming in (an LSTM \
                    returning every step) gets a prediction per step.

                    Nothing can follow this layer: connect its output to a trainer.""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to finish.")
            .optionalInput("table", "Training data", DataTable.TYPE,
                    "Optional: the training table (or its spec), to count the outputs from the target column.")
            .output("network", "Network", NetworkSpec.TYPE, "The finished network, ready for a trainer.")
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
                return List.of(network((NetworkSpec) inSpecs.get(0), (TableSpec) inSpecs.get(1), settings,
                        context));
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws InvalidConfigurationException {
                DataTable table = (DataTable) inputs.get(1);
                return List.of(network((NetworkSpec) inputs.get(0), table == null ? null : table.spec(), settings,
                        context));
            }
        };
    }

    private static NetworkSpec network(NetworkSpec network, TableSpec table, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        int units = s.units() == 0 ? Shape.UNKNOWN : s.units();
        String target = s.targetColumn().trim();
        if (table != null) {
            if (target.isEmpty()) {
                throw new InvalidConfigurationException("the training data is connected, so set 'Target column'"
                        + " to the column the network learns to predict; the table has: " + table.listColumns());
            }
            ColumnSpec column = table.require(target, "setting 'targetColumn' (Target column)");
            int needed = OutputSize.forColumn(s.objective(), column);
            if (units == Shape.UNKNOWN) {
                units = needed;
            } else if (needed != Shape.UNKNOWN && needed != units) {
                throw new InvalidConfigurationException("setting 'units' is " + units + ", but the target column '"
                        + target + "' (" + column.typeText() + ") needs " + needed + ": set Units to 0 (automatic)");
            }
        }
        return network.then(context.nodeId(), context.nodeName(),
                new Output(s.objective(), units, s.weightInit(), target));
    }
}
