package org.neurite.engine.tests.nodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;

/** Adds two numbers (the second is optional); refuses at configure time to add a non-integer when told to. */
public final class AddNode implements NodeFactory<AddNode.Settings> {

    public record Settings(
            @Setting(label = "Integers only", description = "Refuse non-integer inputs.") boolean integersOnly,
            @Setting(label = "Delay", description = "Milliseconds to wait before adding.", min = 0) int delayMillis) {
    }

    public static final String ID = "test.add";

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Add").category("Test/Math").description("Adds numbers.")
                .input("a", "First", Numbers.NUMBER, "A number.")
                .optionalInput("b", "Second", Numbers.NUMBER, "Another number, 0 if unconnected.")
                .output("sum", "Sum", Numbers.NUMBER, "a + b.").settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context)
                    throws InvalidConfigurationException {
                boolean integral = ((Numbers.Spec) in.get(0)).integral()
                        && (in.get(1) == null || ((Numbers.Spec) in.get(1)).integral());
                if (s.integersOnly() && !integral) {
                    throw new InvalidConfigurationException("input is not an integer: untick 'Integers only'");
                }
                return List.of(new Numbers.Spec(integral));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context)
                    throws Exception {
                Numbers.count(context.nodeId());
                Thread.sleep(s.delayMillis());
                double b = in.get(1) == null ? 0 : ((Numbers.Value) in.get(1)).value();
                return List.of(new Numbers.Value(((Numbers.Value) in.get(0)).value() + b));
            }
        };
    }
}
