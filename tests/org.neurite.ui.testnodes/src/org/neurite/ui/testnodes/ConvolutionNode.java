package org.neurite.ui.testnodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Choice;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Fixture: a 2-D convolution's shape rule ("valid" padding, stride 1) and parameter count. */
@Component(service = NodeFactory.class)
public final class ConvolutionNode implements NodeFactory<ConvolutionNode.Settings> {

    public static final String ID = "test.ui.convolution";

    public enum Activation implements Choice {
        RELU("ReLU"), TANH("Hyperbolic tangent"), IDENTITY("None (identity)");

        private final String label;

        Activation(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "Kernel size", description = "Width and height of each filter in pixels.", defaultValue = "5", min = 1, max = 11) int kernel,
            @Setting(label = "Filters", description = "How many filters, i.e. output channels.", defaultValue = "20", min = 1, max = 512) int filters,
            @Setting(label = "Activation", description = "Applied to every output.", defaultValue = "RELU") Activation activation,
            @Setting(label = "Bias", description = "Whether each filter has a bias.", defaultValue = "true", section = "Advanced") boolean bias,
            @Setting(label = "L2", description = "Weight decay factor.", defaultValue = "0.0", min = 0, max = 1, section = "Advanced") double l2) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Test Convolution").category("Test/Layers")
                .description("Slides filters over an image; a fixture with the shape rule of a real convolution.\n\n"
                        + "Each output pixel sees a kernel-sized window of the input.")
                .icon("icons/tensor.png")
                .input("in", "Input", TestPorts.TENSOR, "Images [batch, height, width, channels].")
                .output("out", "Output", TestPorts.TENSOR, "Feature maps [batch, height', width', filters].")
                .settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context)
                    throws InvalidConfigurationException {
                return List.of(output((TestPorts.TensorSpec) in.get(0), s));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context)
                    throws InvalidConfigurationException {
                return List.of(new TestPorts.TensorValue(output(((TestPorts.TensorValue) in.get(0)).spec(), s)));
            }
        };
    }

    static TestPorts.TensorSpec output(TestPorts.TensorSpec input, Settings s) throws InvalidConfigurationException {
        int[] d = input.dims();
        if (d.length != 3) {
            throw new InvalidConfigurationException("needs images [height, width, channels], got " + input.summary());
        }
        if (s.kernel() > d[0] || s.kernel() > d[1]) {
            throw new InvalidConfigurationException("kernel size " + s.kernel() + " is larger than the input "
                    + d[0] + "x" + d[1] + ": use a kernel of at most " + Math.min(d[0], d[1]));
        }
        long params = ((long) s.kernel() * s.kernel() * d[2] + (s.bias() ? 1 : 0)) * s.filters();
        return new TestPorts.TensorSpec(new int[] { d[0] - s.kernel() + 1, d[1] - s.kernel() + 1, s.filters() },
                params, List.of());
    }
}
