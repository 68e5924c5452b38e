package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Shape;

/** Checks our configure-time shapes and parameter counts against what DL4J computes for the compiled graph. */
final class Dl4jShapes {

    /** Our shape of DL4J's activation type. */
    static Shape shapeOf(InputType type) {
        return switch (type) {
            case InputType.InputTypeFeedForward f -> new Shape.Features((int) f.getSize());
            case InputType.InputTypeConvolutional c -> new Shape.Image((int) c.getHeight(), (int) c.getWidth(),
                    (int) c.getChannels());
            case InputType.InputTypeRecurrent r -> new Shape.Sequence(
                    r.getTimeSeriesLength() > 0 ? (int) r.getTimeSeriesLength() : Shape.UNKNOWN, (int) r.getSize());
            default -> throw new AssertionError("unexpected DL4J type " + type);
        };
    }

    static InputType inputType(Shape shape) {
        return switch (shape) {
            case Shape.Features f -> InputType.feedForward(f.size());
            case Shape.Image i -> InputType.convolutional(i.height(), i.width(), i.channels());
            case Shape.Sequence s -> s.steps() == Shape.UNKNOWN ? InputType.recurrent(s.features())
                    : InputType.recurrent(s.features(), s.steps());
        };
    }

    /** Every layer's output shape equals DL4J's activation type, and every layer's parameter count DL4J's. */
    static void assertAgree(CompiledNetwork compiled) {
        NetworkSpec spec = compiled.spec();
        ComputationGraphConfiguration conf = compiled.configuration();
        Map<String, InputType> types = conf.getLayerActivationTypes(spec.inputLayers().stream()
                .map(l -> inputType(l.outputShape())).toArray(InputType[]::new));
        ComputationGraph graph = compiled.newGraph();
        for (LayerSpec l : spec.layers()) {
            assertEquals(l.outputShape(), shapeOf(types.get(l.name())), "shape of " + l.name());
            long dl4jParams = graph.getVertex(l.name()).hasLayer() ? graph.getLayer(l.name()).numParams() : 0;
            assertEquals(l.parameters(), dl4jParams, "parameters of " + l.name());
        }
        assertEquals(spec.parameterCount(), graph.numParams());
    }

    private Dl4jShapes() {
    }
}
