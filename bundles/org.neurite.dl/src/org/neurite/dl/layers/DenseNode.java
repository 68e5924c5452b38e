package org.neurite.dl.layers;

import org.neurite.dl.network.Activation;
import org.neurite.dl.network.Dense;
import org.neurite.dl.network.Layer;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.WeightInit;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** A fully connected layer. */
@Component(service = NodeFactory.class)
public final class DenseNode extends LayerNodeFactory<DenseNode.Settings> {

    public static final String ID = "org.neurite.dl.dense";

    public record Settings(
            @Setting(label = "Units", description = "How many outputs the layer has. More units can learn more, and"
                    + " need more data and time.", defaultValue = "64", min = 1, max = 1_000_000) int units,
            @Setting(label = "Activation", description = "The function applied to each unit's weighted sum. ReLU is"
                    + " a good default for hidden layers.", defaultValue = "RELU") Activation activation,
            @Setting(label = "Weight initialisation", description = "How the weights are drawn before training:"
                    + " Xavier for tanh and sigmoid, He for ReLU.", defaultValue = "XAVIER",
                    section = "Advanced") WeightInit weightInit,
            @Setting(label = "Bias", description = "Whether each unit adds a learnt constant to its sum.",
                    defaultValue = "true", section = "Advanced") boolean bias,
            @Setting(label = "L1 penalty", description = "Pushes weights to exactly zero (sparse weights); 0 for"
                    + " none. Typical values are 1e-5 to 1e-3.", defaultValue = "0", min = 0, max = 1,
                    section = "Advanced") double l1,
            @Setting(label = "L2 penalty", description = "Pushes weights towards small values, against"
                    + " overfitting; 0 for none (the trainer's L2 then applies). Typical values are 1e-5 to 1e-3.",
                    defaultValue = "0", min = 0, max = 1, section = "Advanced") double l2) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Dense Layer")
            .category(CATEGORY).icon("icons/dense.png").description("""
                    A fully connected layer: each of its units computes a weighted sum of every number that \
                    comes in, adds a bias and passes the result through an activation function. Training \
                    adjusts the weights so that the sums become useful features for the layers after it.

                    Without the activation function, stacking dense layers would gain nothing: a chain of \
                    weighted sums is still one weighted sum. A non-linear activation such as ReLU (negative \
                    values become 0) lets a stack of layers draw curved boundaries between classes.

                    The layer has inputs x units weights plus units biases: 800 inputs into 500 units learn \
                    400,500 numbers. An image coming in is flattened into one long vector first, which is \
                    why dense layers usually come after convolution and pooling have made the image small.

                    Input: a network ending in a feature vector or an image. Output: the network with this \
                    layer added; its shape is [?, units].""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to extend.")
            .output("network", "Network", NetworkSpec.TYPE, "The network with this layer added.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(Settings s) {
        return new Dense(s.units(), s.activation(), s.weightInit(), s.bias(), s.l1(), s.l2());
    }
}
