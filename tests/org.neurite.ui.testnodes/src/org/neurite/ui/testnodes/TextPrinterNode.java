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

/** Fixture: takes text, so wiring a tensor into it is refused. */
@Component(service = NodeFactory.class)
public final class TextPrinterNode implements NodeFactory<NoSettings> {

    public static final String ID = "test.ui.textPrinter";

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return NodeDescriptor.builder(ID).name("Text Printer").category("Test/Sinks")
                .description("Prints text to the log; a fixture whose input only text can feed.")
                .icon("icons/text.png")
                .input("text", "Text", TestPorts.TEXT, "The text to print.")
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
            public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext context) {
                context.log().info(((TestPorts.TextValue) in.get(0)).text());
                return List.of();
            }
        };
    }
}
