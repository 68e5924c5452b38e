package org.neurite.data.partition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.Column;
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

/** Splits a table into train, validation and test rows: by fraction, optionally stratified, seeded. */
@Component(service = NodeFactory.class)
public final class PartitioningNode extends DataNode<PartitioningNode.Settings> {

    public static final String ID = "org.neurite.data.partitioning";

    public record Settings(
            @Setting(label = "Train fraction", description = "Share of the rows that go to the train output.",
                    defaultValue = "0.8", min = 0, max = 1) double trainFraction,
            @Setting(label = "Validation fraction", description = "Share of the rows that go to the validation "
                    + "output (e.g. for early stopping); 0 leaves it empty. The rest goes to test.",
                    defaultValue = "0", min = 0, max = 1) double validationFraction,
            @Setting(label = "Stratify by", description = "A category or int column (usually the label) whose "
                    + "class proportions every part keeps; empty for a plain random split.", optional = true)
            String stratifyColumn,
            @Setting(label = "Shuffle", description = "Draw rows at random (seeded). Untick to keep the order: the "
                    + "first rows train, then validation, the last rows test, as time series need.",
                    defaultValue = "true") boolean shuffle,
            @Setting(label = "Seed", description = "Seed of the random draw: the same seed gives the same split.",
                    defaultValue = "42") long seed) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Partitioning").category("Data/Transform").icon("icons/partitioning.png")
                .description("""
                        Splits a table's rows into a train part, to fit a model on, a test part, to measure it on \
                        rows it never saw, and optionally a validation part, to tune or stop training without \
                        touching the test rows.

                        Rows are drawn at random with a seed, so a workflow gives the same split every run. \
                        Stratifying by the label keeps each class's share the same in every part, which matters for \
                        small or unbalanced data. Each row goes to exactly one part; within a part rows keep their \
                        original order.""")
                .input("table", "Table", DataTable.TYPE, "The rows to split.")
                .output("train", "Train", DataTable.TYPE, "About 'Train fraction' of the rows.")
                .output("test", "Test", DataTable.TYPE, "The rows left over.")
                .output("validation", "Validation", DataTable.TYPE, "About 'Validation fraction' of the rows.")
                .settings(Settings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        if (s.trainFraction() + s.validationFraction() > 1 + 1e-9) {
            throw new InvalidConfigurationException(setting("trainFraction") + " (" + s.trainFraction() + ") plus "
                    + setting("validationFraction") + " (" + s.validationFraction() + ") exceed 1; lower one of them");
        }
        boolean stratified = s.stratifyColumn() != null && !s.stratifyColumn().isBlank();
        if (stratified) {
            in.require(s.stratifyColumn(), setting("stratifyColumn"), ColumnType.CATEGORY, ColumnType.INT);
        }
        if (!in.rowCountKnown() || stratified) {
            TableSpec unknown = in.withRowCount(TableSpec.UNKNOWN_ROWS);
            return List.of(unknown, unknown, unknown);
        }
        int[] sizes = sizes(in.rowCount(), s);
        return List.of(in.withRowCount(sizes[0]), in.withRowCount(sizes[2]), in.withRowCount(sizes[1]));
    }

    /** Rows for train, validation and test out of {@code n}. */
    private static int[] sizes(int n, Settings s) {
        int train = (int) Math.round(n * s.trainFraction());
        int validation = Math.min(n - train, (int) Math.round(n * s.validationFraction()));
        return new int[] { train, validation, n - train - validation };
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        boolean stratified = s.stratifyColumn() != null && !s.stratifyColumn().isBlank();
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        Column strata = stratified ? in.column(s.stratifyColumn()) : null;
        for (int r = 0; r < in.rowCount(); r++) {
            String key = strata == null ? "" : strata.isMissing(r) ? "\0missing" : strata.text(r);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Random random = new Random(s.seed());
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> rows : groups.values()) {
            if (s.shuffle()) {
                Collections.shuffle(rows, random);
            }
            int[] sizes = sizes(rows.size(), s);
            train.addAll(rows.subList(0, sizes[0]));
            validation.addAll(rows.subList(sizes[0], sizes[0] + sizes[1]));
            test.addAll(rows.subList(sizes[0] + sizes[1], rows.size()));
        }
        context.log().info(String.format("%d rows: %d train, %d validation, %d test", in.rowCount(), train.size(),
                validation.size(), test.size()));
        return List.of(in.select(sorted(train)), in.select(sorted(test)), in.select(sorted(validation)));
    }

    private static int[] sorted(List<Integer> rows) {
        int[] a = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
