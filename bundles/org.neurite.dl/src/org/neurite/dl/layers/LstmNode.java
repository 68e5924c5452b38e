package org.neurite.dl.layers;

import org.neurite.dl.network.Activation;
import org.neurite.dl.network.Layer;
import org.neurite.dl.network.Lstm;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.SequenceOutput;
import org.neurite.dl.network.WeightInit;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** A long short-term memory layer. */
@Component(service = NodeFactory.class)
public final class LstmNode extends LayerNodeFactory<LstmNode.Settings> {

    public static final String ID = "org.neurite.dl.lstm";

    public record Settings(
            @Setting(label = "Units", description = "Size of the memory cell and of the output per step.",
                    defaultValue = "64", min = 1, max = 100_000) int units,
            @Setting(label = "Output", description = "Only the last step: one vector summarising the sequence,"
                    + " for a classifier after it. Every step: a sequence, for another LSTM or a prediction per"
                    + " step.", defaultValue = "LAST_STEP") SequenceOutput output,
            @Setting(label = "Cell activation", description = "Squashes the candidate memory and the output;"
                    + " tanh keeps them between -1 and 1.", defaultValue = "TANH",
                    section = "Advanced") Activation activation,
            @Setting(label = "Gate activation", description = "Opens and closes the forget, input and output gates;"
                    + " sigmoid gives values between 0 (closed) and 1 (open).", defaultValue = "SIGMOID",
                    section = "Advanced") Activation gateActivation,
            @Setting(label = "Weight initialisation", description = "How the weights are drawn before training.",
                    defaultValue = "XAVIER", section = "Advanced") WeightInit weightInit) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("LSTM")
            .category(CATEGORY).icon("icons/lstm.png").description("""
                    An LSTM (long short-term memory) layer reads a sequence one step at a time, like a sensor \
                    recording or a sentence, and keeps a memory of what it has seen. A plain recurrent layer \
                    forgets quickly, because its memory is rewritten at every step; an LSTM protects its \
                    memory cell with three gates, each a small learnt layer that outputs values between 0 \
                    (closed) and 1 (open) from the current input and the previous output.

                    The forget gate decides how much of the old memory to keep. The input gate decides how \
                    much of the new candidate values (computed from the current step) to write into the \
                    memory. The output gate decides how much of the memory to show as this step's output. \
                    Because the memory only changes where the gates let it, information (and the training \
                    signal) can travel across many steps.

                    Each of the four blocks (three gates and the candidate) weighs the step's features, the \
                    previous output and a bias: 4 x units x (features + units + 1) parameters, e.g. 18,688 for \
                    64 units on 8 features.

                    Output: only the last step gives one vector [?, units] that summarises the whole \
                    sequence, ready for a Dense or Output layer; every step gives a sequence [?, steps, units] \
                    for another LSTM or a prediction per step. Input: a network ending in a sequence \
                    [steps x features].""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to extend; it must end in a sequence.")
            .output("network", "Network", NetworkSpec.TYPE, "The network with this layer added.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected Layer layer(Settings s) {
        return new Lstm(s.units(), s.activation(), s.gateActivation(), s.output(), s.weightInit());
    }
}
