package org.neurite.data.sequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurite.data.node.ColumnSelection;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
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
import org.neurite.engine.settings.Choice;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Cuts a time series (one row per time step) into sliding windows of T steps, each with a target. */
@Component(service = NodeFactory.class)
public final class SequenceWindowsNode extends DataNode<SequenceWindowsNode.Settings> {

    public static final String ID = "org.neurite.data.sequenceWindows";

    public enum Target implements Choice {
        NEXT_VALUE("Value of a column 'horizon' steps after the window"),
        LABEL("Value of a label column at the window's last step"), NONE("No target");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "Feature columns", description = "The double or int columns that form each step's "
                    + "features (names or ranges first..last); empty for every double and int column except the "
                    + "group column and a label target.", optional = true) List<String> featureColumns,
            @Setting(label = "Window size", description = "Steps per window (T).", defaultValue = "20", min = 1,
                    max = 100000) int windowSize,
            @Setting(label = "Stride", description = "Steps between the starts of two windows; 1 gives every "
                    + "window, a stride equal to the window size gives windows that do not overlap.",
                    defaultValue = "1", min = 1) int stride,
            @Setting(label = "Target", description = "NEXT_VALUE: predict a column's value 'horizon' steps after "
                    + "the window (forecasting); LABEL: a label column's value at the window's last step "
                    + "(classifying what happens now); NONE: windows only.", defaultValue = "NEXT_VALUE")
            Target target,
            @Setting(label = "Target column", description = "The column the target comes from.", optional = true)
            String targetColumn,
            @Setting(label = "Horizon", description = "For NEXT_VALUE: how many steps after the window's last step "
                    + "the target lies; 1 is the very next step.", defaultValue = "1", min = 1) int horizon,
            @Setting(label = "Group column", description = "A column naming separate series (e.g. a sensor or a "
                    + "patient): windows never cross from one to the next. Empty for one series.", optional = true)
            String groupColumn,
            @Setting(label = "Window column", description = "Name of the new sequence column.",
                    defaultValue = "window") String windowColumn,
            @Setting(label = "Target name", description = "Name of the new target column.", defaultValue = "target")
            String targetName) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Sequence Windows").category("Data/Transform")
                .icon("icons/sequence-windows.png")
                .description("""
                        Turns a time series, one row per time step in time order, into training examples for a \
                        recurrent network: each example is a window of T consecutive steps (T x F features) and a \
                        target. Windows start every 'stride' steps.

                        For forecasting the target is a column's value 'horizon' steps after the window, so the \
                        network learns to predict the future from the recent past; for event classification it \
                        is a label column's value at the window's last step. Windows never contain the target's \
                        own step, so nothing from the future leaks into the input.

                        With a group column, each group (e.g. each sensor) is a separate series and no window spans \
                        two of them.""")
                .input("table", "Time series", DataTable.TYPE, "One row per time step, in time order.")
                .output("table", "Windows", DataTable.TYPE, "One row per window: the window and its target.")
                .settings(Settings.class);
    }

    private static boolean set(String s) {
        return s != null && !s.isBlank();
    }

    private record Plan(List<ColumnSpec> features, ColumnSpec target, ColumnSpec group) {
    }

    private Plan plan(TableSpec in, Settings s) throws InvalidConfigurationException {
        ColumnSpec group = set(s.groupColumn()) ? in.require(s.groupColumn(), setting("groupColumn"),
                ColumnType.CATEGORY, ColumnType.INT) : null;
        ColumnSpec target = null;
        if (s.target() != Target.NONE) {
            if (!set(s.targetColumn())) {
                throw new InvalidConfigurationException(setting("targetColumn") + " names no column, but target is "
                        + s.target() + "; name the column, or choose target NONE");
            }
            target = s.target() == Target.NEXT_VALUE
                    ? in.require(s.targetColumn(), setting("targetColumn"), ColumnType.DOUBLE, ColumnType.INT)
                    : in.require(s.targetColumn(), setting("targetColumn"), ColumnType.CATEGORY, ColumnType.INT,
                            ColumnType.DOUBLE);
        }
        List<ColumnSpec> features;
        if (s.featureColumns().isEmpty()) {
            List<String> reserved = new ArrayList<>();
            if (group != null) {
                reserved.add(group.name());
            }
            if (target != null && s.target() == Target.LABEL) {
                reserved.add(target.name());
            }
            features = in.columns().stream().filter(c -> !reserved.contains(c.name()))
                    .filter(c -> c.type() == ColumnType.DOUBLE || c.type() == ColumnType.INT).toList();
            if (features.isEmpty()) {
                throw new InvalidConfigurationException("no double or int column is left for the features; the input "
                        + "has: " + in.listColumns());
            }
        } else {
            features = ColumnSelection.resolve(in, s.featureColumns(), setting("featureColumns"), ColumnType.DOUBLE,
                    ColumnType.INT);
        }
        if (s.target() != Target.NONE && s.windowColumn().equals(s.targetName())) {
            throw new InvalidConfigurationException(setting("targetName") + " must differ from "
                    + setting("windowColumn"));
        }
        return new Plan(features, target, group);
    }

    private List<ColumnSpec> outColumns(Plan p, Settings s) {
        List<ColumnSpec> out = new ArrayList<>();
        if (p.group() != null) {
            out.add(p.group());
        }
        out.add(ColumnSpec.sequence(s.windowColumn(), s.windowSize(), p.features().size()));
        if (p.target() != null) {
            out.add(s.target() == Target.NEXT_VALUE ? ColumnSpec.doubles(s.targetName())
                    : p.target().withName(s.targetName()));
        }
        return out;
    }

    /** Windows in a series of {@code n} steps. */
    private static int windows(int n, Settings s) {
        int span = s.windowSize() + (s.target() == Target.NEXT_VALUE ? s.horizon() : 0);
        return n < span ? 0 : (n - span) / s.stride() + 1;
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        Plan p = plan(in, s);
        int rows = p.group() == null && in.rowCountKnown() ? windows(in.rowCount(), s) : TableSpec.UNKNOWN_ROWS;
        return List.of(new TableSpec(outColumns(p, s), rows));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        Plan p = plan(in.spec(), s);
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        Column group = p.group() == null ? null : in.column(p.group().name());
        for (int r = 0; r < in.rowCount(); r++) {
            series.computeIfAbsent(group == null ? "" : group.text(r), k -> new ArrayList<>()).add(r);
        }
        int f = p.features().size();
        int t = s.windowSize();
        FixedSizeColumn[] features = new FixedSizeColumn[f];
        for (int j = 0; j < f; j++) {
            features[j] = (FixedSizeColumn) in.column(p.features().get(j).name());
        }
        FixedSizeColumn nextValue = s.target() == Target.NEXT_VALUE ? (FixedSizeColumn) in.column(p.target().name())
                : null;
        SequenceColumn.Builder windows = new SequenceColumn.Builder(f);
        List<Integer> lastRows = new ArrayList<>();
        DoubleColumn.Builder targets = new DoubleColumn.Builder();
        float[] window = new float[t * f];
        for (List<Integer> rows : series.values()) {
            int count = windows(rows.size(), s);
            for (int w = 0; w < count; w++) {
                int start = w * s.stride();
                for (int k = 0; k < t; k++) {
                    int row = rows.get(start + k);
                    for (int j = 0; j < f; j++) {
                        window[k * f + j] = features[j].element(row, 0);
                    }
                }
                windows.add(window, t);
                int last = rows.get(start + t - 1);
                lastRows.add(last);
                if (nextValue != null) {
                    targets.add(nextValue.element(rows.get(start + t - 1 + s.horizon()), 0));
                }
            }
            context.checkCanceled();
        }
        int[] last = lastRows.stream().mapToInt(Integer::intValue).toArray();
        List<Column> out = new ArrayList<>();
        if (group != null) {
            out.add(group.select(last));
        }
        out.add(windows.build(s.windowColumn()));
        if (s.target() == Target.NEXT_VALUE) {
            out.add(targets.build(s.targetName()));
        } else if (s.target() == Target.LABEL) {
            out.add(in.column(p.target().name()).select(last).withName(s.targetName()));
        }
        context.log().info(last.length + " windows of " + t + " x " + f + " from " + in.rowCount() + " rows");
        return List.of(DataTable.of(out));
    }
}
