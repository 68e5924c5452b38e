package org.neurite.data.normalize;

import java.util.ArrayList;
import java.util.List;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Learns min-max or z-score parameters on a table, rescales it, and outputs the parameters for other tables. */
@Component(service = NodeFactory.class)
public final class NormalizerNode extends DataNode<NormalizerNode.Settings> {

    public static final String ID = "org.neurite.data.normalizer";

    public record Settings(
            @Setting(label = "Columns", description = "The double, int or tensor columns to rescale; empty for every "
                    + "double and int column.", optional = true) List<String> columns,
            @Setting(label = "Method", description = "MIN_MAX maps each column's smallest value to 0 and its largest "
                    + "to 1; Z_SCORE subtracts the mean and divides by the standard deviation.",
                    defaultValue = "MIN_MAX") NormalizerModel.Method method) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Normalizer").category("Data/Transform").icon("icons/normalizer.png")
                .description("""
                        Rescales numeric columns so they have comparable ranges. Networks train faster and more \
                        reliably when inputs are small and similar in size: a column in the thousands next to one \
                        in fractions makes gradient descent take tiny, zig-zagging steps.

                        Min-max maps each column onto 0..1 using its smallest and largest value; z-score centres it \
                        on 0 with standard deviation 1 (better when there are outliers). A tensor column gets one \
                        offset and scale for all its elements, which keeps images looking like images.

                        Fit the normalizer on the training data only, and use the second output with Apply \
                        Normalizer on the test data: the test rows are then scaled with the training statistics, as \
                        new data will be when the model is used. Fitting on the test data too would leak information \
                        about it into training.""")
                .input("table", "Training data", DataTable.TYPE, "The table to learn the parameters on.")
                .output("table", "Normalized", DataTable.TYPE, "The input with the columns rescaled.")
                .output("model", "Parameters", NormalizerModel.TYPE, "The fitted offsets and scales, for Apply "
                        + "Normalizer.")
                .settings(Settings.class);
    }

    private List<String> columns(TableSpec in, Settings s) throws InvalidConfigurationException {
        if (s.columns().isEmpty()) {
            List<String> numeric = in.columns().stream()
                    .filter(c -> c.type() == ColumnType.DOUBLE || c.type() == ColumnType.INT).map(ColumnSpec::name)
                    .toList();
            if (numeric.isEmpty()) {
                throw new InvalidConfigurationException(setting("columns") + " is empty and the input has no double or "
                        + "int column; name the tensor columns to rescale. Columns: " + in.listColumns());
            }
            return numeric;
        }
        List<String> names = new ArrayList<>();
        for (String name : s.columns()) {
            names.add(in.require(name, setting("columns"), ColumnType.DOUBLE, ColumnType.INT, ColumnType.TENSOR).name());
        }
        return names;
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        NormalizerSpec model = new NormalizerSpec(s.method(), columns(in, s));
        return List.of(NormalizerModel.applySpec(in, model), model);
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        NormalizerModel model = NormalizerModel.fit(in, columns(in.spec(), s), s.method());
        context.log().info(model.summary());
        return List.of(model.apply(in), model);
    }
}
