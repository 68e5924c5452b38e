package org.neurite.engine.tests.nodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;

/** Outputs a text: a port type that must not connect to number inputs. */
public final class TextSourceNode implements NodeFactory<NoSettings> {

    public static final String ID = "test.text-source";

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return NodeDescriptor.builder(ID).name("Text Source").category("Test/Sources").description("Outputs a text.")
                .output("text", "Text", Numbers.TEXT, "Some text.").settings(NoSettings.class);
    }

    @Override
    public NodeModel<NoSettings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, NoSettings s, NodeContext context) {
                return List.of(new Numbers.TextSpec());
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext context) {
                return List.of(new Numbers.Text("hello"));
            }
        };
    }
}
