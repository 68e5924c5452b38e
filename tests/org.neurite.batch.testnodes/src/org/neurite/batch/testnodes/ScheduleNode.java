package org.neurite.batch.testnodes;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.Series;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** A step-decay learning rate: its spec carries the rate per epoch, known before anything runs. */
@Component(service = NodeFactory.class)
public final class ScheduleNode implements NodeFactory<ScheduleNode.Settings> {

    public static final String ID = "batch-test.schedule";

    public record Settings(
            @Setting(label = "Initial rate", description = "Learning rate of epoch 1.", defaultValue = "0.1", min = 0, max = 10) double initialRate,
            @Setting(label = "Halve every", description = "Epochs between halvings.", defaultValue = "2", min = 1, max = 100) int halveEvery,
            @Setting(label = "Epochs", description = "How many epochs.", defaultValue = "6", min = 1, max = 1000) int epochs) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Schedule").category("Batch Test/Sources")
                .description("A step-decay learning rate.")
                .output("rate", "Rate", Numbers.NUMBER, "The initial rate.").settings(Settings.class);
    }

    static double[] rates(Settings s) {
        double[] rates = new double[s.epochs()];
        for (int epoch = 0; epoch < rates.length; epoch++) {
            rates[epoch] = s.initialRate() * Math.pow(0.5, epoch / s.halveEvery());
        }
        return rates;
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(new Numbers.Spec("step decay from " + s.initialRate(), false, "",
                        List.of(new Series("learning rate", "epoch", rates(s))), ""));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                return List.of(new Numbers.Value(s.initialRate(), "rate " + s.initialRate()));
            }
        };
    }
}
