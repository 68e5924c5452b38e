package org.neurite.dl.layers;

import org.neurite.dl.network.Dropout;
import org.neurite.dl.network.Layer;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Dropout. */
@Component(service = NodeFactory.class)
public final class DropoutNode extends LayerNodeFactory<DropoutNode.Settings> {

    public static final String ID = "org.neurite.dl.dropout";

    public record Settings(
            @Setting(label = "Drop rate", description = "The share of values set to zero in each training step:"
                    + " 0.5 drops half, 0.2 drops one in five, 0 drops nothing.", defaultValue = "0.5", min = 0,
                    max = 0.95) double rate) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Dropout")
            .category(CATEGORY).icon("icons/dropout.png").description("""
                    Dropout fights overfitting. In every training step it sets a random share of the values \
                    passing through to zero: with a drop rate of 0.5, a different random half each time. The \
                    layers after it cannot rely on any single value being there, so they learn several \
                    redundant ways to recognise each thing, which generalise better to new data. You can see \
                    it as training many thinned networks at once and averaging them.

                    The values that are kept are scaled up (by 1 / (1 - rate), so by 2 at 0.5) so that their \
                    expected sum stays the same. When the trained network predicts, dropout does nothing.

                    Set the drop rate, the share that is dropped. (Deeplearning4j's own setting is the \
                    opposite, the probability of keeping a value; Neurite converts it for you.)

                    Typical rates: 0.5 after large dense layers, 0.1 to 0.3 elsewhere. The layer has no \
                    parameters and keeps the shape of its input.""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to extend.")
            .output("network", "Network", NetworkSpec.TYPE, "The network with dropout added.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(Settings s) {
        return new Dropout(s.rate());
    }
}
