package org.neurite.dl.layers;

import org.neurite.dl.network.Concatenate;
import org.neurite.dl.network.Layer;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.NoSettings;
import org.osgi.service.component.annotations.Component;

/** Joins branches side by side. */
@Component(service = NodeFactory.class)
public final class ConcatenateNode extends LayerNodeFactory<NoSettings> {

    public static final String ID = "org.neurite.dl.concatenate";

    private static final NodeDescriptor<NoSettings> DESCRIPTOR = MergePorts.add(NodeDescriptor.builder(ID)
            .name("Concatenate").category(CATEGORY).icon("icons/concatenate.png").description("""
                    Joins two to four branches of a network by laying their outputs side by side, so the \
                    layers after it see everything each branch found. Typical uses: the same image seen by \
                    convolutions of different kernel sizes (as in Inception networks), or a sequence read by \
                    two LSTMs of different sizes.

                    Feature vectors are joined end to end: [?, 64] and [?, 32] give [?, 96]. Images are \
                    stacked along their channels, so their height and width must match: [?, 12, 12, 20] and \
                    [?, 12, 12, 30] give [?, 12, 12, 50]. Sequences are joined per step, so their step counts \
                    must match. To join an image with a feature vector, first put a Dense layer on the image \
                    branch.

                    The joined network contains every layer of every branch once: branches that start from \
                    the same Input layer share it. Branches may also start from different Input layers, e.g. \
                    an image and a few measurements about it; the network then has one input per Input \
                    layer, all read from the same training table. The layer learns nothing.""")).settings(
                    NoSettings.class);

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(NoSettings s) {
        return new Concatenate();
    }
}
