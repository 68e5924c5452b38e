package org.neurite.dl.tests;

import java.util.List;

import org.neurite.data.table.DataTable;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;

/** A test node that outputs a fixed table, to feed layer nodes in a real workflow. */
final class TableSource implements NodeFactory<NoSettings> {

    private final DataTable table;

    TableSource(DataTable table) {
        this.table = table;
    }

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return NodeDescriptor.builder("test.table").name("Table").category("Test")
                .output("table", "Table", DataTable.TYPE, "The fixed table.").settings(NoSettings.class);
    }

    @Override
    public NodeModel<NoSettings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> inSpecs, NoSettings settings, NodeContext context) {
                return List.of(table.spec());
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, NoSettings settings, ExecutionContext context) {
                return List.of(table);
            }
        };
    }
}
