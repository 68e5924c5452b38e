package org.neurite.data.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsSchema;

/**
 * A data node: factory and (stateless) model in one class, so one screen shows a node's declaration, its
 * configure and its execute.
 *
 * @param <S> the settings record
 */
public abstract class DataNode<S extends Record> implements NodeFactory<S>, NodeModel<S> {

    private volatile NodeDescriptor<S> descriptor;

    /** Builds this node type's descriptor; called once. */
    protected abstract NodeDescriptor<S> describe();

    @Override
    public final NodeDescriptor<S> descriptor() {
        NodeDescriptor<S> d = descriptor;
        if (d == null) {
            d = describe();
            descriptor = d;
        }
        return d;
    }

    @Override
    public NodeModel<S> createModel() {
        return this;
    }

    /** How messages name one of this node's settings: {@code setting 'file' (File)}. */
    protected String setting(String name) {
        SettingsSchema<S> schema = descriptor().settings();
        return schema.field(name).orElseThrow(() -> new IllegalArgumentException("no setting " + name)).describe();
    }

    protected static TableSpec tableSpec(List<PortSpec> inSpecs, int port) {
        return (TableSpec) inSpecs.get(port);
    }

    protected static DataTable table(List<PortObject> inputs, int port) {
        return (DataTable) inputs.get(port);
    }

    /** The file a setting names, resolved against the workflow's folder; it must exist and be a file. */
    protected Path readableFile(String settingName, String path, NodeContext context)
            throws InvalidConfigurationException {
        if (path == null || path.isBlank()) {
            throw new InvalidConfigurationException(setting(settingName) + " names no file; choose one");
        }
        Path file = context.resolve(path);
        if (!Files.exists(file)) {
            throw new InvalidConfigurationException(setting(settingName) + ": file " + file + " does not exist"
                    + (Path.of(path).isAbsolute() ? "" : " (relative paths start at the workflow file's folder)"));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidConfigurationException(setting(settingName) + ": " + file + " is not a readable file");
        }
        return file;
    }
}
