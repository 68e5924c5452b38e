package org.neurite.engine.tests.nodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;

public final class ConstantNode implements NodeFactory<ConstantNode.Settings> {

    public enum Kind {
        PLAIN, NEGATED
    }

    public record Settings(
            @Setting(label = "Value", description = "The number to output.", defaultValue = "1") double value,
            @Setting(label = "Repeat", description = "How many times to add the value.", defaultValue = "1", min = 1, max = 10) int repeat,
            @Setting(label = "Kind", description = "Whether to negate.", defaultValue = "PLAIN") Kind kind,
            @Setting(label = "Tags", description = "Free tags.", defaultValue = "a,b", optional = true) List<String> tags,
            @Setting(label = "Note", description = "A note.", optional = true) String note) {
    }

    public static final String ID = "test.constant";

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Constant").category("Test/Sources")
                .description("Outputs a number.").icon("icons/constant.png")
                .output("value", "Value", Numbers.NUMBER, "The number.").settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(new Numbers.Spec(s.value() == Math.rint(s.value())));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                Numbers.count(context.nodeId());
                double v = s.value() * s.repeat();
                return List.of(new Numbers.Value(s.kind() == Kind.NEGATED ? -v : v));
            }
        };
    }
}
