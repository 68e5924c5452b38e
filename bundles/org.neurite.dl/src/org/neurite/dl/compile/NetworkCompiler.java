package org.neurite.dl.compile;

import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * Turns a {@link NetworkSpec} into a DL4J {@link ComputationGraphConfiguration}: one DL4J layer or vertex per
 * layer, named like the layer (the workflow node id), inputs in the spec's order, and DL4J's pre-processors
 * between kinds (image to dense, ...) inserted from the input types. A pure function: no ND4J arrays, no state
 * (it makes sure {@link Dl4jRuntime} is initialised, which is idempotent).
 */
public final class NetworkCompiler {

    /**
     * @throws InvalidConfigurationException when the network is not trainable (see
     *                                       {@link NetworkSpec#checkTrainable()})
     */
    public static ComputationGraphConfiguration compile(NetworkSpec spec, CompileOptions options)
            throws InvalidConfigurationException {
        spec.checkTrainable();
        Dl4jRuntime.initialize();
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder().seed(options.seed())
                .updater(options.updater()).dataType(options.dataType())
                .trainingWorkspaceMode(options.workspaceMode()).inferenceWorkspaceMode(options.workspaceMode());
        if (options.gradientNormalization() != GradientNormalization.None) {
            base.gradientNormalization(options.gradientNormalization())
                    .gradientNormalizationThreshold(options.gradientThreshold());
        }
        if (options.l2() > 0) {
            base.l2(options.l2());
        }
        GraphBuilder graph = base.graphBuilder();
        List<LayerSpec> inputs = spec.inputLayers();
        graph.addInputs(inputs.stream().map(LayerSpec::name).toArray(String[]::new));
        for (LayerSpec l : spec.layers()) {
            if (inputs.contains(l)) {
                continue;
            }
            String[] from = l.inputs().toArray(String[]::new);
            LayerSpec first = spec.layer(from[0]).orElseThrow();
            switch (Dl4jLayers.map(l.layer(), first.outputShape())) {
                case Dl4jLayers.Part.LayerPart p -> graph.addLayer(l.name(), p.layer(), from);
                case Dl4jLayers.Part.VertexPart v -> graph.addVertex(l.name(), v.vertex(), from);
            }
        }
        graph.setOutputs(spec.head().name());
        graph.setInputTypes(inputs.stream().map(l -> Dl4jLayers.inputType(l.outputShape()))
                .toArray(InputType[]::new));
        return graph.build();
    }

    private NetworkCompiler() {
    }
}
