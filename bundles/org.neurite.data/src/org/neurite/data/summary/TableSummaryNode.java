package org.neurite.data.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurite.data.node.DataNode;
import org.neurite.data.normalize.Statistics;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.FixedSizeColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;
import org.osgi.service.component.annotations.Component;

/** Describes a table: row count and per-column statistics, as a table and as one readable line. */
@Component(service = NodeFactory.class)
public final class TableSummaryNode extends DataNode<NoSettings> {

    public static final String ID = "org.neurite.data.tableSummary";

    private static final TableSpec STATS = TableSpec.of(TableSpec.UNKNOWN_ROWS, ColumnSpec.category("column", List.of()),
            ColumnSpec.category("type", List.of()), ColumnSpec.ints("count"), ColumnSpec.ints("missing"),
            ColumnSpec.doubles("min"), ColumnSpec.doubles("max"), ColumnSpec.doubles("mean"), ColumnSpec.doubles("std"),
            ColumnSpec.ints("categories"), ColumnSpec.category("most_frequent", List.of()));

    @Override
    protected NodeDescriptor<NoSettings> describe() {
        return NodeDescriptor.builder(ID).name("Table Summary").category("Data/Score").icon("icons/table-summary.png")
                .description("""
                        Describes a table so you can check it before training: how many rows, and for each column \
                        how many values are present and missing; for numbers the minimum, maximum, mean and \
                        standard deviation (a tensor or sequence column counts all its elements); for categories \
                        how many there are and the most frequent one with its count.

                        Its one-line summary, shown in the workbench and in batch output, catches the usual \
                        surprises: a column of the wrong type, unexpected missing values, pixels in 0..255 instead \
                        of 0..1, one class dominating.""")
                .input("table", "Table", DataTable.TYPE, "Any table.")
                .output("summary", "Statistics", DataTable.TYPE, "One row per column of the input.")
                .settings(NoSettings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, NoSettings s, NodeContext context) {
        return List.of(STATS.withRowCount(tableSpec(inSpecs, 0).columnCount()));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, NoSettings s, ExecutionContext context) {
        DataTable in = table(inputs, 0);
        CategoryColumn.Builder name = new CategoryColumn.Builder();
        CategoryColumn.Builder type = new CategoryColumn.Builder();
        IntColumn.Builder count = new IntColumn.Builder();
        IntColumn.Builder missing = new IntColumn.Builder();
        DoubleColumn.Builder min = new DoubleColumn.Builder();
        DoubleColumn.Builder max = new DoubleColumn.Builder();
        DoubleColumn.Builder mean = new DoubleColumn.Builder();
        DoubleColumn.Builder std = new DoubleColumn.Builder();
        IntColumn.Builder categories = new IntColumn.Builder();
        CategoryColumn.Builder top = new CategoryColumn.Builder();
        List<String> parts = new ArrayList<>();
        for (Column c : in.columns()) {
            name.add(c.name());
            type.add(c.spec().typeText());
            int absent = 0;
            for (int r = 0; r < c.rowCount(); r++) {
                absent += c.isMissing(r) ? 1 : 0;
            }
            count.add(c.rowCount() - absent);
            missing.add(absent);
            String part;
            if (c instanceof CategoryColumn cat) {
                int[] freq = new int[cat.categoryCount()];
                for (int r = 0; r < cat.rowCount(); r++) {
                    if (!cat.isMissing(r)) {
                        freq[cat.code(r)]++;
                    }
                }
                int best = -1;
                for (int k = 0; k < freq.length; k++) {
                    best = best < 0 || freq[k] > freq[best] ? k : best;
                }
                min.add(Double.NaN);
                max.add(Double.NaN);
                mean.add(Double.NaN);
                std.add(Double.NaN);
                categories.add(cat.categoryCount());
                top.add(best < 0 ? null : cat.categories().get(best));
                part = c.name() + " " + cat.categoryCount() + " categories"
                        + (best < 0 ? "" : ", most frequent " + cat.categories().get(best) + " (" + freq[best] + ")");
            } else {
                double[] st = stats(c);
                min.add(st[0]);
                max.add(st[1]);
                mean.add(st[2]);
                std.add(st[3]);
                categories.add(IntColumn.MISSING);
                top.add(null);
                part = String.format(Locale.ROOT, "%s %s mean %.4g, std %.4g, range %.4g..%.4g", c.name(),
                        c.spec().typeText(), st[2], st[3], st[0], st[1]);
            }
            parts.add(absent > 0 ? part + ", " + absent + " missing" : part);
        }
        String line = in.rowCount() + " rows x " + in.columnCount() + " columns"
                + (parts.isEmpty() ? "" : "; " + String.join("; ", parts.subList(0, Math.min(parts.size(), 8))))
                + (parts.size() > 8 ? "; ... (" + (parts.size() - 8) + " more columns)" : "");
        context.log().info(line);
        DataTable stats = DataTable.of(name.build("column"), type.build("type"), count.build("count"),
                missing.build("missing"), min.build("min"), max.build("max"), mean.build("mean"), std.build("std"),
                categories.build("categories"), top.build("most_frequent"));
        return List.of(stats.withNote(line));
    }

    /** min, max, mean, population standard deviation over all present elements of a numeric column. */
    private static double[] stats(Column c) {
        Statistics st = new Statistics();
        if (c instanceof FixedSizeColumn f) {
            int e = f.elementCount();
            for (int r = 0; r < f.rowCount(); r++) {
                for (int i = 0; i < e; i++) {
                    st.add(f instanceof DoubleColumn d ? d.get(r) : f.element(r, i));
                }
            }
        } else if (c instanceof SequenceColumn sq) {
            java.nio.FloatBuffer data = sq.data();
            while (data.hasRemaining()) {
                st.add(data.get());
            }
        }
        return new double[] { st.min(), st.max(), st.mean(), st.standardDeviation() };
    }
}
