package org.neurite.engine.execution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * Runs one node outside a workflow, for tests that read like the node's specification: given these inputs and
 * settings, configure gives these specs and execute gives these outputs. Settings are validated first, as in a
 * workflow.
 */
public final class NodeHarness<S extends Record> {

    private final NodeFactory<S> factory;
    private final Path directory;
    private final String nodeId;
    private final List<ExecutionEvent> events = new ArrayList<>();

    private NodeHarness(NodeFactory<S> factory, Path directory, String nodeId) {
        this.factory = factory;
        this.directory = directory;
        this.nodeId = nodeId;
    }

    public static <S extends Record> NodeHarness<S> of(NodeFactory<S> factory) {
        return new NodeHarness<>(factory, null, "node");
    }

    /** A harness whose relative paths resolve against {@code directory}. */
    public static <S extends Record> NodeHarness<S> of(NodeFactory<S> factory, Path directory) {
        return new NodeHarness<>(factory, directory, "node");
    }

    /**
     * A harness whose node has the id {@code id} instead of {@code node}, for nodes whose output depends on their
     * id (layer nodes name their layers after it) and for chaining several harnesses.
     */
    public NodeHarness<S> withNodeId(String id) {
        return new NodeHarness<>(factory, directory, id);
    }

    public S defaults() {
        return factory.descriptor().settings().defaults();
    }

    /** Validates the settings and configures the node; {@code null} stands for an unconnected optional input. */
    public List<PortSpec> configure(S settings, PortSpec... inSpecs)
            throws SettingsException, InvalidConfigurationException {
        factory.descriptor().settings().validate(settings, factory.descriptor().name());
        return factory.createModel().configure(Arrays.asList(inSpecs), settings, context(settings));
    }

    /** Configures (with the inputs' specs) and then executes the node. */
    public List<PortObject> execute(S settings, PortObject... inputs) throws Exception {
        configure(settings, Arrays.stream(inputs).map(o -> o == null ? null : o.spec()).toArray(PortSpec[]::new));
        NodeModel<S> model = factory.createModel();
        return model.execute(Arrays.asList(inputs), settings, context(settings));
    }

    /** Progress, log and metrics events the node reported so far. */
    public List<ExecutionEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private NodeRunContext context(S settings) {
        WorkflowNode node = new WorkflowNode(nodeId, factory, settings, "", Position.ORIGIN);
        Consumer<ExecutionEvent> sink = e -> {
            synchronized (events) {
                events.add(e);
            }
        };
        return new NodeRunContext(node, directory, directory, sink);
    }
}
