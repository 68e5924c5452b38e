package org.neurite.data.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurite.data.node.ColumnSelection;
import org.neurite.data.node.DataException;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.FixedSizeColumn;
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

/** Groups rows that share a sequence id into one row with a sequence column (long format to sequences). */
@Component(service = NodeFactory.class)
public final class RowsToSequenceNode extends DataNode<RowsToSequenceNode.Settings> {

    public static final String ID = "org.neurite.data.rowsToSequence";

    public record Settings(
            @Setting(label = "Sequence id column", description = "The column that says which sequence a row belongs "
                    + "to.", defaultValue = "sequence_id") String idColumn,
            @Setting(label = "Step column", description = "The column that orders the rows within a sequence; empty "
                    + "keeps the rows' order in the table.", defaultValue = "step", optional = true) String stepColumn,
            @Setting(label = "Feature columns", description = "The double or int columns that form each step's "
                    + "features, in order (names or ranges first..last); empty for every double and int column "
                    + "other than the id, step and label columns.", optional = true) List<String> featureColumns,
            @Setting(label = "Label column", description = "A column with one value per sequence (e.g. its class), "
                    + "kept beside the sequence; empty for none.", defaultValue = "label", optional = true)
            String labelColumn,
            @Setting(label = "Sequence column", description = "Name of the new sequence column.",
                    defaultValue = "sequence") String sequenceColumn) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Rows to Sequence").category("Data/Transform")
                .icon("icons/rows-to-sequence.png")
                .description("""
                        Turns a table in long format, one row per time step, into one row per sequence, the form a \
                        recurrent network (LSTM) reads: all rows with the same sequence id become one sequence of \
                        T steps x F features, ordered by the step column. Sequences may differ in length.

                        Long format is how most logs and sensor exports look: sequence_id, step, feature columns, \
                        and optionally a label that is the same on every row of a sequence (it is kept once per \
                        sequence; different labels within one sequence are an error).""")
                .input("table", "Steps", DataTable.TYPE, "One row per time step.")
                .output("table", "Sequences", DataTable.TYPE, "One row per sequence: id, sequence, label.")
                .settings(Settings.class);
    }

    private static boolean set(String s) {
        return s != null && !s.isBlank();
    }

    private record Plan(ColumnSpec id, ColumnSpec step, List<ColumnSpec> features, ColumnSpec label) {
    }

    private Plan plan(TableSpec in, Settings s) throws InvalidConfigurationException {
        ColumnSpec id = in.require(s.idColumn(), setting("idColumn"), ColumnType.CATEGORY, ColumnType.INT,
                ColumnType.DOUBLE);
        ColumnSpec step = set(s.stepColumn())
                ? in.require(s.stepColumn(), setting("stepColumn"), ColumnType.INT, ColumnType.DOUBLE) : null;
        ColumnSpec label = set(s.labelColumn())
                ? in.require(s.labelColumn(), setting("labelColumn"), ColumnType.CATEGORY, ColumnType.INT,
                        ColumnType.DOUBLE)
                : null;
        List<String> reserved = new ArrayList<>(List.of(id.name()));
        if (step != null) {
            reserved.add(step.name());
        }
        if (label != null) {
            reserved.add(label.name());
        }
        List<ColumnSpec> features;
        if (s.featureColumns().isEmpty()) {
            features = in.columns().stream().filter(c -> !reserved.contains(c.name()))
                    .filter(c -> c.type() == ColumnType.DOUBLE || c.type() == ColumnType.INT).toList();
            if (features.isEmpty()) {
                throw new InvalidConfigurationException("no double or int column is left for the features; the input "
                        + "has: " + in.listColumns());
            }
        } else {
            features = ColumnSelection.resolve(in, s.featureColumns(),
                    setting("featureColumns"), ColumnType.DOUBLE, ColumnType.INT);
        }
        if (reserved.contains(s.sequenceColumn())) {
            throw new InvalidConfigurationException(setting("sequenceColumn") + " '" + s.sequenceColumn()
                    + "' is already the id, step or label column; choose another name");
        }
        return new Plan(id, step, features, label);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        Plan p = plan(tableSpec(inSpecs, 0), s);
        List<ColumnSpec> out = new ArrayList<>();
        out.add(p.id());
        out.add(ColumnSpec.sequence(s.sequenceColumn(), ColumnSpec.VARIES, p.features().size()));
        if (p.label() != null) {
            out.add(p.label());
        }
        return List.of(new TableSpec(out, TableSpec.UNKNOWN_ROWS));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        Plan p = plan(in.spec(), s);
        Column id = in.column(p.id().name());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < in.rowCount(); r++) {
            if (id.isMissing(r)) {
                throw new DataException("row " + (r + 1) + " has no " + p.id().name() + "; every row needs a sequence id");
            }
            groups.computeIfAbsent(id.text(r), k -> new ArrayList<>()).add(r);
        }
        FixedSizeColumn step = p.step() == null ? null : (FixedSizeColumn) in.column(p.step().name());
        Column label = p.label() == null ? null : in.column(p.label().name());
        int f = p.features().size();
        FixedSizeColumn[] features = new FixedSizeColumn[f];
        for (int j = 0; j < f; j++) {
            features[j] = (FixedSizeColumn) in.column(p.features().get(j).name());
        }
        SequenceColumn.Builder sequences = new SequenceColumn.Builder(f);
        int[] firstRows = new int[groups.size()];
        float[] buffer = new float[0];
        int g = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            List<Integer> rows = e.getValue();
            if (step != null) {
                rows.sort(Comparator.comparingDouble(r -> step.element(r, 0)));
            }
            if (label != null) {
                for (int r : rows) {
                    if (!label.text(r).equals(label.text(rows.get(0)))) {
                        throw new DataException(p.id().name() + " " + e.getKey() + ": row " + (rows.get(0) + 1)
                                + " has " + p.label().name() + " '" + label.text(rows.get(0)) + "' but row " + (r + 1)
                                + " has '" + label.text(r) + "'; a sequence needs one label");
                    }
                }
            }
            if (buffer.length < rows.size() * f) {
                buffer = new float[rows.size() * f];
            }
            for (int t = 0; t < rows.size(); t++) {
                for (int j = 0; j < f; j++) {
                    buffer[t * f + j] = features[j].element(rows.get(t), 0);
                }
            }
            sequences.add(buffer, rows.size());
            firstRows[g++] = rows.get(0);
        }
        List<Column> out = new ArrayList<>();
        out.add(id.select(firstRows));
        out.add(sequences.build(s.sequenceColumn()));
        if (label != null) {
            out.add(label.select(firstRows));
        }
        context.log().info(groups.size() + " sequences of " + f + " features from " + in.rowCount() + " rows");
        return List.of(DataTable.of(out));
    }
}
