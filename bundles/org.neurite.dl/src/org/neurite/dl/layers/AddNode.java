package org.neurite.dl.layers;

import org.neurite.dl.network.Add;
import org.neurite.dl.network.Layer;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.NoSettings;
import org.osgi.service.component.annotations.Component;

/** Adds branches element by element. */
@Component(service = NodeFactory.class)
public final class AddNode extends LayerNodeFactory<NoSettings> {

    public static final String ID = "org.neurite.dl.add";

    private static final NodeDescriptor<NoSettings> DESCRIPTOR = MergePorts.add(NodeDescriptor.builder(ID)
            .name("Add").category(CATEGORY).icon("icons/add.png").description("""
                    Joins two to four branches of a network by adding their outputs number by number, so all \
                    branches must have exactly the same shape: [?, 64] and [?, 64] give [?, 64].

                    The classic use is the shortcut of residual networks: a branch of a few layers computes a \
                    correction, and Add puts it on top of the unchanged input. The layers then only need to \
                    learn what to change, and the training signal flows straight back through the shortcut, \
                    which makes deep networks much easier to train.

                    The joined network contains every layer of every branch once: branches that start from \
                    the same Input layer share it. The layer learns nothing; use Concatenate to keep the \
                    branches apart instead of summing them.""")).settings(
                    NoSettings.class);

    @Override
    public NodeDescriptor<NoSettings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(NoSettings s) {
        return new Add();
    }
}
