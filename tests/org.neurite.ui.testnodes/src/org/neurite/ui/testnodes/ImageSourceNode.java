package org.neurite.ui.testnodes;

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

/** Fixture: produces images of a set size (no data, only the shape). */
@Component(service = NodeFactory.class)
public final class ImageSourceNode implements NodeFactory<ImageSourceNode.Settings> {

    public static final String ID = "test.ui.imageSource";

    public record Settings(
            @Setting(label = "Height", description = "Image height in pixels.", defaultValue = "28", min = 1, max = 4096) int height,
            @Setting(label = "Width", description = "Image width in pixels.", defaultValue = "28", min = 1, max = 4096) int width,
            @Setting(label = "Channels", description = "Colour channels: 1 for grey, 3 for RGB.", defaultValue = "1", min = 1, max = 4) int channels) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Image Source").category("Test/Sources")
                .description("Produces images of the configured size; a fixture for the workbench tests.")
                .icon("icons/tensor.png")
                .output("images", "Images", TestPorts.TENSOR, "Images as a [batch, height, width, channels] tensor.")
                .settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(spec(s));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                context.log().info("produced images of " + spec(s).summary());
                return List.of(new TestPorts.TensorValue(spec(s)));
            }
        };
    }

    private static TestPorts.TensorSpec spec(Settings s) {
        return new TestPorts.TensorSpec(new int[] { s.height(), s.width(), s.channels() }, 0, List.of());
    }
}
