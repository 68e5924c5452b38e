package org.neurite.dl.train.tests;

import java.util.ArrayList;
import java.util.List;

import org.neurite.dl.layers.DenseNode;
import org.neurite.dl.layers.DropoutNode;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.layers.OutputLayerNode;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortSpec;

/** Networks built by the layer nodes themselves, as a workflow builds them. */
final class Nets {

    static <S extends Record> NetworkSpec layer(NodeFactory<S> factory, String id, List<PortSpec> inputs,
            String... settings) throws Exception {
        return (NetworkSpec) NodeHarness.of(factory).withNodeId(id)
                .configure(Flow.settings(factory, settings), inputs.toArray(PortSpec[]::new)).get(0);
    }

    /** Input (columns) -> dense (units, ReLU) [-> dropout] -> output (objective, target column). */
    static NetworkSpec dense(PortSpec table, String columns, int units, double dropout, String objective,
            String target) throws Exception {
        NetworkSpec n = layer(new InputLayerNode(), "input1", List.of(table), "columns=" + columns);
        n = layer(new DenseNode(), "dense1", List.of(n), "units=" + units, "activation=RELU");
        if (dropout > 0) {
            n = layer(new DropoutNode(), "dropout1", List.of(n), "rate=" + dropout);
        }
        List<String> out = new ArrayList<>(List.of("objective=" + objective));
        if (!target.isEmpty()) {
            out.add("targetColumn=" + target);
        }
        List<PortSpec> inputs = new ArrayList<>();
        inputs.add(n);
        inputs.add(null);
        return layer(new OutputLayerNode(), "output1", inputs, out.toArray(String[]::new));
    }

    private Nets() {
    }
}
