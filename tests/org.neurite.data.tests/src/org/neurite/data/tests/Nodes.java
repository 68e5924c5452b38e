package org.neurite.data.tests;

import java.nio.file.Path;
import java.util.List;

import org.neurite.data.table.DataTable;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsSchema;

/** Runs data nodes on their own with settings written as {@code name=value}, as on a batch command line. */
final class Nodes {

    static <S extends Record> S settings(NodeFactory<S> factory, String... assignments) throws Exception {
        SettingsSchema<S> schema = factory.descriptor().settings();
        return schema.withTexts(schema.defaults(), assignments);
    }

    static <S extends Record> List<PortObject> run(NodeFactory<S> factory, Path dir, S settings, PortObject... in)
            throws Exception {
        return NodeHarness.of(factory, dir).execute(settings, in);
    }

    static <S extends Record> DataTable table(NodeFactory<S> factory, Path dir, S settings, PortObject... in)
            throws Exception {
        return (DataTable) run(factory, dir, settings, in).get(0);
    }

    static <S extends Record> List<PortSpec> configure(NodeFactory<S> factory, Path dir, S settings, PortSpec... in)
            throws Exception {
        return NodeHarness.of(factory, dir).configure(settings, in);
    }

    /** Runs and returns the log messages the node wrote. */
    static <S extends Record> List<String> logOf(NodeFactory<S> factory, Path dir, S settings, PortObject... in)
            throws Exception {
        NodeHarness<S> h = NodeHarness.of(factory, dir);
        h.execute(settings, in);
        return h.events().stream().filter(e -> e instanceof ExecutionEvent.Log).map(e -> ((ExecutionEvent.Log) e).message())
                .toList();
    }

    private Nodes() {
    }
}
