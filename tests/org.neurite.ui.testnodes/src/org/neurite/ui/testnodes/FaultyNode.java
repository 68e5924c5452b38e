package org.neurite.ui.testnodes;

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

/** Fixture: configures fine and fails when executed, with a message a user can act on. */
@Component(service = NodeFactory.class)
public final class FaultyNode implements NodeFactory<NoSettings> {

    public static final String ID = "test.ui.faulty";
    public static final String PROBLEM = "cannot write /nonexistent/out.csv: no such folder; choose an existing one";

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return NodeDescriptor.builder(ID).name("Faulty Writer").category("Test/Sinks")
                .description("Always fails when executed; a fixture for failure display.").icon("icons/text.png")
                .input("in", "Input", TestPorts.TENSOR, "Anything.")
                .settings(NoSettings.class);
    }

    @Override
    public NodeModel<NoSettings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, NoSettings s, NodeContext context) {
                return List.of();
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext context)
                    throws java.io.IOException {
                throw new java.io.IOException(PROBLEM);
            }
        };
    }
}
