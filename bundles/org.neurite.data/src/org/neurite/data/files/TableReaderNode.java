package org.neurite.data.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableFile;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Reads a table saved in the Neurite table format (.ntable). */
@Component(service = NodeFactory.class)
public final class TableReaderNode extends DataNode<TableReaderNode.Settings> {

    public static final String ID = "org.neurite.data.tableReader";

    public record Settings(
            @Setting(label = "File", description = "A .ntable file written by Table Writer. Relative paths start at "
                    + "the workflow file's folder.") String file) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Table Reader").category("Data/Read").icon("icons/table-reader.png")
                .description("""
                        Reads a table saved by Table Writer in the Neurite table format (.ntable): every column \
                        comes back exactly as it was written, with its type, shape and categories, so a slow \
                        preparation step can be saved once and reused.""")
                .output("table", "Table", DataTable.TYPE, "The saved table.").settings(Settings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        Path file = readableFile("file", s.file(), context);
        try {
            return List.of(TableFile.readSpec(file));
        } catch (IOException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        return List.of(TableFile.read(readableFile("file", s.file(), context)));
    }
}
