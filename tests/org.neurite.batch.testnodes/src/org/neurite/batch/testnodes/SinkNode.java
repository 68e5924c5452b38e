package org.neurite.batch.testnodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;
import org.osgi.service.component.annotations.Component;

/** Takes a number and outputs nothing, like a writer at the end of a workflow. */
@Component(service = NodeFactory.class)
public final class SinkNode implements NodeFactory<NoSettings> {

    public static final String ID = "batch-test.sink";

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return NodeDescriptor.builder(ID).name("Sink").category("Batch Test/Writers").description("Keeps a number.")
                .input("in", "Kept", Numbers.NUMBER, "The number to keep.").settings(NoSettings.class);
    }

    @Override
    public NodeModel<NoSettings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, NoSettings s, NodeContext context) {
                return List.of();
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext context) {
                return List.of();
            }
        };
    }
}
