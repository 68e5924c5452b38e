package org.neurite.batch.testnodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Configures fine and fails when executed, with the message it is given. */
@Component(service = NodeFactory.class)
public final class FailNode implements NodeFactory<FailNode.Settings> {

    public static final String ID = "batch-test.fail";

    public record Settings(@Setting(label = "Reason", description = "The failure's message.", defaultValue = "told to fail") String reason) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Fail").category("Batch Test/Control").description("Fails.")
                .input("in", "In", Numbers.NUMBER, "Anything.").output("out", "Out", Numbers.NUMBER, "Never.")
                .settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(in.get(0));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                throw new IllegalStateException(s.reason());
            }
        };
    }
}
