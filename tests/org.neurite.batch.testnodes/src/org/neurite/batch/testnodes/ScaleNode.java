package org.neurite.batch.testnodes;

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
import org.osgi.service.component.annotations.Component;

/** Multiplies a number; like a layer node, its spec notes its parameter count, and it can refuse its input. */
@Component(service = NodeFactory.class)
public final class ScaleNode implements NodeFactory<ScaleNode.Settings> {

    public static final String ID = "batch-test.scale";

    public record Settings(
            @Setting(label = "Factor", description = "What to multiply by.", defaultValue = "2", min = 0, max = 100) double factor,
            @Setting(label = "Integers only", description = "Refuse inputs that are not integers.") boolean integersOnly) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Scale").category("Batch Test/Math").description("Multiplies a number.")
                .input("in", "In", Numbers.NUMBER, "A number.").output("out", "Scaled", Numbers.NUMBER, "in x factor.")
                .settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context)
                    throws InvalidConfigurationException {
                boolean integral = ((Numbers.Spec) in.get(0)).integral();
                if (s.integersOnly() && !integral) {
                    throw new InvalidConfigurationException(
                            "needs an integer input, got a number: untick 'Integers only' or feed it an integer");
                }
                boolean outIntegral = integral && s.factor() == Math.rint(s.factor());
                return List.of(new Numbers.Spec(outIntegral ? "integer" : "number", outIntegral, "1 param",
                        List.of(), "factor " + s.factor()));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                double v = ((Numbers.Value) in.get(0)).value() * s.factor();
                return List.of(new Numbers.Value(v, "scaled to " + v));
            }
        };
    }
}
