package org.neurite.data.transform;

import java.util.List;

import org.neurite.data.node.DataNode;
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
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Unpacks a tensor column into one double column per element. */
@Component(service = NodeFactory.class)
public final class TensorToColumnsNode extends DataNode<TensorToColumnsNode.Settings> {

    public static final String ID = "org.neurite.data.tensorToColumns";

    public record Settings(
            @Setting(label = "Tensor column", description = "The tensor column to unpack.", defaultValue = "tensor")
            String tensorColumn,
            @Setting(label = "Column prefix", description = "New columns are named prefix0, prefix1, ... in "
                    + "row-major element order; empty uses the tensor column's name and an underscore.",
                    optional = true) String prefix,
            @Setting(label = "Keep tensor", description = "Keep the tensor column besides the new columns.",
                    defaultValue = "false") boolean keepTensor) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Tensor to Columns").category("Data/Transform")
                .icon("icons/tensor-to-columns.png")
                .description("""
                        Unpacks a tensor column into one double column per element, in row-major order (the last \
                        size varies fastest): an 8x8x1 image becomes 64 columns. Useful to write tensors to CSV or \
                        to look at single elements; the reverse of Columns to Tensor.""")
                .input("table", "Table", DataTable.TYPE, "A table with a tensor column.")
                .output("table", "Table", DataTable.TYPE, "The table with the element columns at the end.")
                .settings(Settings.class);
    }

    private String prefix(Settings s) {
        return s.prefix() == null || s.prefix().isBlank() ? s.tensorColumn() + "_" : s.prefix();
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        TableSpec in = tableSpec(inSpecs, 0);
        ColumnSpec t = in.require(s.tensorColumn(), setting("tensorColumn"), ColumnType.TENSOR);
        TableSpec out = s.keepTensor() ? in : in.without(List.of(t.name()));
        for (int i = 0; i < t.elementCount(); i++) {
            String name = prefix(s) + i;
            if (out.indexOf(name) >= 0) {
                throw new InvalidConfigurationException(setting("prefix") + ": the table already has a column '" + name
                        + "'; choose another prefix");
            }
            out = out.with(ColumnSpec.doubles(name));
        }
        return List.of(out);
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) {
        DataTable in = table(inputs, 0);
        TensorColumn t = in.column(s.tensorColumn(), TensorColumn.class);
        DataTable out = s.keepTensor() ? in : in.without(t.name());
        for (int i = 0; i < t.elementCount(); i++) {
            double[] v = new double[t.rowCount()];
            for (int r = 0; r < v.length; r++) {
                v[r] = t.get(r, i);
            }
            out = out.with(DoubleColumn.of(prefix(s) + i, v));
        }
        return List.of(out);
    }
}
