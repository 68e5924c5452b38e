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

@Component(service = NodeFactory.class)
public final class NumberSourceNode implements NodeFactory<NumberSourceNode.Settings> {

    public static final String ID = "batch-test.number";

    public enum Sign {
        PLUS, MINUS
    }

    public record Settings(
            @Setting(label = "Value", description = "The number to output.", defaultValue = "1", min = -1000, max = 1000) double value,
            @Setting(label = "Repeat", description = "How many times to add the value.", defaultValue = "1", min = 1, max = 10) int repeat,
            @Setting(label = "Sign", description = "Whether to negate the sum.", defaultValue = "PLUS") Sign sign) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Number").category("Batch Test/Sources")
                .description("Outputs value x repeat.\n\nA source node for the batch runner's tests.")
                .output("value", "Value", Numbers.NUMBER, "The number.").settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(Numbers.Spec.of(s.value() == Math.rint(s.value())));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                double v = s.value() * s.repeat() * (s.sign() == Sign.MINUS ? -1 : 1);
                return List.of(new Numbers.Value(v, "value " + v));
            }
        };
    }
}
