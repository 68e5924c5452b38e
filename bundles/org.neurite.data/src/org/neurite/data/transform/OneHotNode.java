package org.neurite.data.transform;

import java.util.List;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
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

/** Turns a category column into one 0/1 indicator per category. */
@Component(service = NodeFactory.class)
public final class OneHotNode extends DataNode<OneHotNode.Settings> {

    public static final String ID = "org.neurite.data.oneHot";

    public enum Output implements Choice {
        COLUMNS("One double column per category"), TENSOR("One tensor column of length k");

        private final String label;

        Output(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "Column", description = "The category column to encode.") String column,
            @Setting(label = "Output", description = "COLUMNS adds a double column name=category per category; "
                    + "TENSOR adds one tensor column name_onehot of length k.", defaultValue = "COLUMNS") Output output,
            @Setting(label = "Keep original", description = "Keep the category column too.", defaultValue = "false")
            boolean keepOriginal) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("One-Hot").category("Data/Transform").icon("icons/one-hot.png")
                .description("""
                        Encodes a category column as indicators: for k categories each row gets k values, 1 for its \
                        own category and 0 for the others (all 0 when missing). Unlike a single number, this \
                        implies no order between categories, which is what a network input should see.

                        The categories and their order come from the column's category list in the spec, so \
                        training and test tables read the same way get the same columns.""")
                .input("table", "Table", DataTable.TYPE, "A table with a category column.")
                .output("table", "Table", DataTable.TYPE, "The table with the indicators at the end.")
                .settings(Settings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        ColumnSpec c = in.require(s.column(), setting("column"), ColumnType.CATEGORY);
        if (c.categories().isEmpty()) {
            throw new InvalidConfigurationException("column '" + c.name() + "' has no known categories yet; run the "
                    + "node before this one, or set its categories");
        }
        TableSpec out = s.keepOriginal() ? in : in.without(List.of(c.name()));
        for (ColumnSpec added : added(c, s)) {
            if (out.indexOf(added.name()) >= 0) {
                throw new InvalidConfigurationException("the table already has a column '" + added.name() + "'");
            }
            out = out.with(added);
        }
        return List.of(out);
    }

    private static List<ColumnSpec> added(ColumnSpec c, Settings s) {
        if (s.output() == Output.TENSOR) {
            return List.of(ColumnSpec.tensor(c.name() + "_onehot", c.categories().size()));
        }
        return c.categories().stream().map(cat -> ColumnSpec.doubles(c.name() + "=" + cat)).toList();
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) {
        DataTable in = table(inputs, 0);
        CategoryColumn c = in.column(s.column(), CategoryColumn.class);
        int k = c.categoryCount();
        int rows = c.rowCount();
        int[] all = new int[rows];
        java.util.Arrays.setAll(all, i -> i);
        float[] hot = new float[rows * k];
        c.copyOneHot(all, hot, 0, k);
        DataTable out = s.keepOriginal() ? in : in.without(c.name());
        if (s.output() == Output.TENSOR) {
            return List.of(out.with(TensorColumn.of(c.name() + "_onehot", new int[] { k }, hot)));
        }
        for (int j = 0; j < k; j++) {
            double[] v = new double[rows];
            for (int r = 0; r < rows; r++) {
                v[r] = hot[r * k + j];
            }
            out = out.with(DoubleColumn.of(c.name() + "=" + c.categories().get(j), v));
        }
        return List.of(out);
    }
}
