package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * A real workflow of real nodes, run by the real executor, built in a few lines: nodes with settings written as
 * on a batch command line ({@code "epochs=3"}), connections by port id.
 */
final class Flow implements AutoCloseable {

    final Workflow workflow = new Workflow();
    final List<ExecutionEvent> events = new CopyOnWriteArrayList<>();
    private final Path directory;
    private WorkflowExecutor executor;

    Flow(Path directory) {
        this.directory = directory;
    }

    /** Adds node {@code id} of type {@code factory} with its defaults and these {@code name=value} settings. */
    <S extends Record> Flow node(String id, NodeFactory<S> factory, String... settings) throws Exception {
        workflow.addNode(new WorkflowNode(id, factory, settings(factory, settings), "", Position.ORIGIN));
        return this;
    }

    Flow connect(String from, String fromPort, String to, String toPort) throws Exception {
        workflow.connect(from, fromPort, to, toPort);
        return this;
    }

    /** Changes one setting of a node (as {@code --set node.name=value} does). */
    Flow set(String id, String name, String value) throws Exception {
        WorkflowNode node = workflow.requireNode(id);
        @SuppressWarnings("unchecked")
        SettingsSchema<Record> schema = (SettingsSchema<Record>) node.descriptor().settings();
        workflow.setSettings(id, schema.withText(node.settings(), name, value));
        return this;
    }

    WorkflowExecutor executor() {
        if (executor == null) {
            executor = new WorkflowExecutor(workflow, directory);
            executor.addListener(events::add);
        }
        return executor;
    }

    /** Runs every node and returns how the run ended; fails the test when it takes longer than {@code minutes}. */
    RunResult run(int minutes) throws Exception {
        return executor().executeAll().get(minutes, TimeUnit.MINUTES);
    }

    /** Runs and asserts success, naming the failures otherwise. */
    RunResult runOk(int minutes) throws Exception {
        RunResult result = run(minutes);
        assertTrue(result.success(), () -> "run failed: " + result.failed() + ", skipped " + result.skipped());
        return result;
    }

    <T extends PortObject> T output(String node, String port, Class<T> type) {
        return type.cast(executor().output(node, port).orElseThrow(() -> new AssertionError(node + "." + port
                + " has no output")));
    }

    static <S extends Record> S settings(NodeFactory<S> factory, String... assignments) throws Exception {
        SettingsSchema<S> schema = factory.descriptor().settings();
        return schema.withTexts(schema.defaults(), assignments);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.close();
        }
    }
}
