package org.neurite.data.transform;

import java.util.Arrays;
import java.util.List;

import org.neurite.data.node.ColumnSelection;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.FixedSizeColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Packs numeric columns into one tensor column of a given shape, e.g. 64 pixel columns into 8x8x1 images. */
@Component(service = NodeFactory.class)
public final class ColumnsToTensorNode extends DataNode<ColumnsToTensorNode.Settings> {

    public static final String ID = "org.neurite.data.columnsToTensor";

    public record Settings(
            @Setting(label = "Columns", description = "The double or int columns to pack, in element order: names "
                    + "or ranges first..last in table order, e.g. pixel0..pixel63.") List<String> columns,
            @Setting(label = "Shape", description = "The tensor's shape, sizes separated by x, e.g. 8x8x1 for "
                    + "8 x 8 grey images (height x width x channels). Their product must equal the number of "
                    + "columns. Empty for a flat vector.", optional = true) String shape,
            @Setting(label = "Tensor column", description = "Name of the new column.", defaultValue = "tensor")
            String tensorColumn,
            @Setting(label = "Keep columns", description = "Keep the packed columns besides the tensor.",
                    defaultValue = "false") boolean keepColumns) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Columns to Tensor").category("Data/Transform")
                .icon("icons/columns-to-tensor.png")
                .description("""
                        Packs several numeric columns into one tensor column: each row's values, in the order the \
                        columns are listed, fill a tensor of the given shape row-major (the last size varies \
                        fastest). For example 64 pixel columns become an 8x8x1 image that a convolution layer can \
                        read, or 4 measurement columns a vector of 4 for a dense layer.""")
                .input("table", "Table", DataTable.TYPE, "A table with the columns to pack.")
                .output("table", "Table", DataTable.TYPE, "The table with the tensor column added at the end.")
                .settings(Settings.class);
    }

    private record Plan(List<ColumnSpec> columns, int[] shape) {
    }

    private Plan plan(TableSpec in, Settings s) throws InvalidConfigurationException {
        List<ColumnSpec> cols = ColumnSelection.resolve(in, s.columns(), setting("columns"), ColumnType.DOUBLE,
                ColumnType.INT);
        int[] shape = s.shape() == null || s.shape().isBlank() ? new int[] { cols.size() } : parseShape(s.shape());
        int product = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (product != cols.size()) {
            throw new InvalidConfigurationException(setting("shape") + " " + s.shape() + " holds " + product
                    + " values, but " + cols.size() + " columns are selected");
        }
        TableSpec rest = s.keepColumns() ? in : in.without(cols.stream().map(ColumnSpec::name).toList());
        if (rest.indexOf(s.tensorColumn()) >= 0) {
            throw new InvalidConfigurationException(setting("tensorColumn") + ": the table already has a column '"
                    + s.tensorColumn() + "'; choose another name");
        }
        return new Plan(cols, shape);
    }

    private int[] parseShape(String text) throws InvalidConfigurationException {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("\\s*[x×,]\\s*");
        int[] shape = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                shape[i] = Integer.parseInt(parts[i]);
                if (shape[i] < 1) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(setting("shape") + " should be positive sizes separated by x, e.g. "
                    + "8x8x1; got '" + text + "'");
        }
        return shape;
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        Plan p = plan(in, s);
        TableSpec out = s.keepColumns() ? in : in.without(p.columns().stream().map(ColumnSpec::name).toList());
        return List.of(out.with(ColumnSpec.tensor(s.tensorColumn(), p.shape())));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable in = table(inputs, 0);
        Plan p = plan(in.spec(), s);
        int n = p.columns().size();
        int rows = in.rowCount();
        float[] data = new float[rows * n];
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        for (int j = 0; j < n; j++) {
            ((FixedSizeColumn) in.column(p.columns().get(j).name())).copyRows(all, data, j, n);
        }
        DataTable out = s.keepColumns() ? in
                : in.without(p.columns().stream().map(ColumnSpec::name).toArray(String[]::new));
        return List.of(out.with(TensorColumn.of(s.tensorColumn(), p.shape(), data)));
    }
}
