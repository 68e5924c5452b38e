package org.neurite.ui.testnodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurite.engine.node.CanceledExecutionException;
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

/**
 * Fixture: "trains" for a number of epochs, streaming loss per iteration and validation loss and accuracy per
 * epoch like a real trainer, honours cancel and stop, and carries its learning-rate schedule at configure time.
 */
@Component(service = NodeFactory.class)
public final class TrainerNode implements NodeFactory<TrainerNode.Settings> {

    public static final String ID = "test.ui.trainer";

    public record Settings(
            @Setting(label = "Epochs", description = "Passes over the data.", defaultValue = "4", min = 1, max = 1000) int epochs,
            @Setting(label = "Iterations per epoch", description = "Mini-batches per epoch.", defaultValue = "10", min = 1, max = 100000) int iterations,
            @Setting(label = "Learning rate", description = "Step size of the first epoch; halves every epoch.", defaultValue = "0.1", min = 0, max = 10) double learningRate,
            @Setting(label = "Delay (ms)", description = "Time each iteration takes, so a run can be watched.", defaultValue = "20", min = 0, max = 10000) long delayMillis) {
    }

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Test Trainer").category("Test/Training")
                .description("Pretends to train a network and reports its loss; a fixture for the training monitor.")
                .icon("icons/trainer.png")
                .input("data", "Data", TestPorts.TENSOR, "What to train on.")
                .output("model", "Model", TestPorts.TENSOR, "The trained model (the input shape, here).")
                .settings(Settings.class);
    }

    static double rate(Settings s, int epoch) {
        return s.learningRate() * Math.pow(0.5, epoch - 1);
    }

    static double[] rates(Settings s) {
        double[] rates = new double[s.epochs()];
        for (int e = 1; e <= s.epochs(); e++) {
            rates[e - 1] = rate(s, e);
        }
        return rates;
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                TestPorts.TensorSpec input = (TestPorts.TensorSpec) in.get(0);
                return List.of(new TestPorts.TensorSpec(input.dims(), 0,
                        List.of(new Series("learning rate", "epoch", rates(s)))));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context)
                    throws CanceledExecutionException, InterruptedException {
                long iteration = 0;
                int total = s.epochs() * s.iterations();
                training: for (int epoch = 1; epoch <= s.epochs(); epoch++) {
                    for (int i = 0; i < s.iterations(); i++) {
                        context.checkCanceled();
                        if (context.isStopRequested()) {
                            context.log().info("stop requested at iteration " + iteration + ": keeping the model");
                            break training;
                        }
                        iteration++;
                        Thread.sleep(s.delayMillis());
                        double loss = 2.0 * Math.exp(-iteration / 8.0) + 0.05;
                        context.reportMetrics("iteration", iteration, Map.of("loss", loss));
                        context.progress((double) iteration / total, "epoch " + epoch + "/" + s.epochs());
                    }
                    Map<String, Double> values = new LinkedHashMap<>();
                    // named as the real trainer names its metrics
                    values.put("validationLoss", 2.2 * Math.exp(-iteration / 9.0) + 0.08);
                    values.put("accuracy", 1 - Math.exp(-iteration / 10.0));
                    values.put("learningRate", rate(s, epoch));
                    values.put("seconds", s.iterations() * s.delayMillis() / 1000.0);
                    values.put("dataWaitSeconds", 0.001 * epoch);
                    context.reportMetrics("epoch", epoch, values);
                    context.log().info("epoch " + epoch + " done");
                }
                TestPorts.TensorSpec input = ((TestPorts.TensorValue) in.get(0)).spec();
                return List.of(new TestPorts.TensorValue(new TestPorts.TensorSpec(input.dims(), 0,
                        List.of(new Series("learning rate", "epoch", rates(s))))));
            }
        };
    }
}
