package org.neurite.data.transform;

import java.util.ArrayList;
import java.util.List;

import org.neurite.data.node.ColumnSelection;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.IntColumn;
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

/** Turns category columns into int columns holding each category's index. */
@Component(service = NodeFactory.class)
public final class CategoryToNumberNode extends DataNode<CategoryToNumberNode.Settings> {

    public static final String ID = "org.neurite.data.categoryToNumber";

    public record Settings(
            @Setting(label = "Columns", description = "The category columns to convert; empty for all.",
                    optional = true) List<String> columns,
            @Setting(label = "Keep originals", description = "Keep the category columns and add the numbers as "
                    + "name_index columns.", defaultValue = "false") boolean keepOriginal) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Category to Number").category("Data/Transform")
                .icon("icons/category-to-number.png")
                .description("""
                        Replaces each category (text) value by its index in the column's category list: with \
                        categories setosa, versicolor, virginica, setosa becomes 0 and virginica 2. The list is the \
                        one the table's spec carries (shown on the wire), so the same category always gets the \
                        same number, also in other tables read the same way. Missing values stay missing.

                        Numbers imply an order and distances (virginica is not 'twice' versicolor), so as network \
                        inputs One-Hot is usually better; indices suit targets and class labels.""")
                .input("table", "Table", DataTable.TYPE, "A table with category columns.")
                .output("table", "Table", DataTable.TYPE, "The table with int columns instead.")
                .settings(Settings.class);
    }

    private List<ColumnSpec> columns(TableSpec in, Settings s) throws InvalidConfigurationException {
        if (s.columns().isEmpty()) {
            return in.columns().stream().filter(c -> c.type() == ColumnType.CATEGORY).toList();
        }
        return ColumnSelection.resolve(in, s.columns(), setting("columns"), ColumnType.CATEGORY);
    }

    private static String outName(String name, Settings s) {
        return s.keepOriginal() ? name + "_index" : name;
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec out = tableSpec(inSpecs, 0);
        for (ColumnSpec c : columns(out, s)) {
            if (s.keepOriginal() && out.indexOf(outName(c.name(), s)) >= 0) {
                throw new InvalidConfigurationException("the table already has a column '" + outName(c.name(), s)
                        + "'; untick " + setting("keepOriginal"));
            }
            out = out.with(ColumnSpec.ints(outName(c.name(), s)));
        }
        return List.of(out);
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable out = table(inputs, 0);
        List<String> mappings = new ArrayList<>();
        for (ColumnSpec spec : columns(out.spec(), s)) {
            CategoryColumn c = out.column(spec.name(), CategoryColumn.class);
            int[] codes = c.toArray();
            for (int i = 0; i < codes.length; i++) {
                codes[i] = codes[i] == CategoryColumn.MISSING ? IntColumn.MISSING : codes[i];
            }
            out = out.with(IntColumn.of(outName(c.name(), s), codes));
            List<String> cats = c.categories();
            StringBuilder b = new StringBuilder(c.name()).append(": ");
            for (int i = 0; i < Math.min(cats.size(), 10); i++) {
                b.append(i == 0 ? "" : ", ").append(cats.get(i)).append('=').append(i);
            }
            mappings.add(b.append(cats.size() > 10 ? ", ..." : "").toString());
        }
        context.log().info(String.join("; ", mappings));
        return List.of(out);
    }
}
