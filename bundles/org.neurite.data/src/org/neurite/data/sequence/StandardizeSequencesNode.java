package org.neurite.data.sequence;

import java.util.List;

import org.neurite.data.node.DataNode;
import org.neurite.data.normalize.NormalizerModel.Method;
import org.neurite.data.normalize.Statistics;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.SequenceColumn;
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

/** Rescales every sequence by its own statistics, feature by feature, so a network sees shapes, not levels. */
@Component(service = NodeFactory.class)
public final class StandardizeSequencesNode extends DataNode<StandardizeSequencesNode.Settings> {

    public static final String ID = "org.neurite.data.standardizeSequences";

    public record Settings(
            @Setting(label = "Sequence column", description = "The sequence column to rescale.",
                    defaultValue = "sequence") String sequenceColumn,
            @Setting(label = "Method", description = "Z-score subtracts each feature's mean over the sequence and "
                    + "divides by its standard deviation; min-max maps each feature's range over the sequence to 0..1.",
                    defaultValue = "Z_SCORE") Method method) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Standardize Sequences").category("Data/Transform")
                .icon("icons/standardize-sequences.png")
                .description("""
                        Rescales each sequence on its own: for every feature, the values of that sequence are \
                        shifted and scaled by the sequence's own mean and standard deviation (or its own minimum \
                        and maximum). Sensors that differ in offset or gain then give the same curve for the same \
                        shape, and a recurrent network learns the shape instead of memorising levels.

                        Unlike the Normalizer, nothing is learnt from other rows: training and test sequences are \
                        treated alike and no statistic leaks from one to the other, so this node may sit before \
                        the split. A feature that is constant within a sequence becomes 0.""")
                .input("table", "Sequences", DataTable.TYPE, "A table with a sequence column.")
                .output("table", "Sequences", DataTable.TYPE, "The same table, the sequence column rescaled.")
                .settings(Settings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        in.require(s.sequenceColumn(), setting("sequenceColumn"), ColumnType.SEQUENCE);
        return List.of(in);
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        ColumnSpec spec = in.spec().require(s.sequenceColumn(), setting("sequenceColumn"), ColumnType.SEQUENCE);
        SequenceColumn column = in.column(spec.name(), SequenceColumn.class);
        int features = column.featureCount();
        int rows = column.rowCount();
        int[] offsets = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            offsets[r + 1] = offsets[r] + column.length(r);
        }
        float[] data = new float[offsets[rows] * features];
        for (int r = 0; r < rows; r++) {
            context.checkCanceled();
            column.copyRow(r, data, offsets[r] * features);
            rescale(data, offsets[r], column.length(r), features, s.method());
        }
        return List.of(in.with(SequenceColumn.of(spec.name(), features, data, offsets)));
    }

    /**
     * Rescales one sequence in place: {@code length} steps of {@code features} floats from step {@code first}. A
     * feature that is constant within the sequence becomes 0.
     */
    static void rescale(float[] data, int first, int length, int features, Method method) {
        for (int f = 0; f < features; f++) {
            Statistics stats = new Statistics();
            for (int t = 0; t < length; t++) {
                stats.add(data[(first + t) * features + f]);
            }
            double offset = stats.offset(method);
            double scale = stats.scale(method);
            for (int t = 0; t < length; t++) {
                int i = (first + t) * features + f;
                data[i] = (float) ((data[i] - offset) / scale);
            }
        }
    }
}
