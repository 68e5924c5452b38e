package org.neurite.dl.compile;

import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Shape;
import org.neurite.engine.node.InvalidConfigurationException;

/**
 * A network spec with its DL4J configuration, and the arrays a trainer or predictor feeds it: inputs in the
 * order of {@link NetworkSpec#inputLayers()}, one output (the spec's head).
 *
 * @param spec          what the layer nodes built, with the output size known
 * @param configuration what DL4J builds the graph from
 * @param dataType      the number type of the graph and of the arrays made here
 */
public record CompiledNetwork(NetworkSpec spec, ComputationGraphConfiguration configuration, DataType dataType) {

    /** Compiles {@code spec}; see {@link NetworkCompiler#compile}. */
    public static CompiledNetwork compile(NetworkSpec spec, CompileOptions options)
            throws InvalidConfigurationException {
        return new CompiledNetwork(spec, NetworkCompiler.compile(spec, options), options.dataType());
    }

    /** A new graph with freshly initialised weights (from the options' seed). Needs ND4J initialised. */
    public ComputationGraph newGraph() {
        ComputationGraph graph = new ComputationGraph(configuration.clone());
        graph.init();
        return graph;
    }

    /** The input layers, in the order the graph takes its input arrays. */
    public List<LayerSpec> inputs() {
        return spec.inputLayers();
    }

    /** The output layer. */
    public LayerSpec output() {
        return spec.head();
    }

    /**
     * The array shape input {@code input} takes for {@code count} rows: {@code [count, n]} for features,
     * {@code [count, channels, height, width]} for images, {@code [count, features, steps]} for sequences.
     *
     * @param steps the (padded) number of steps of a sequence batch; ignored for other inputs
     */
    public long[] featureShape(int input, int count, int steps) {
        return BatchLayout.arrayShape(inputs().get(input).outputShape(), count, steps);
    }

    /**
     * The input array for input {@code input} from {@code count} rows as the table stores them (images
     * height x width x channels, sequences steps x features): transposes to DL4J's layout.
     */
    public INDArray featuresFromRows(int input, float[] rows, int count) {
        return BatchLayout.toArray(inputs().get(input).outputShape(), rows, count, dataType);
    }

    /**
     * The input array for input {@code input} from numbers already in DL4J's layout ({@link #featureShape}), as
     * {@code TensorColumn.copyRowsChannelsFirst} and {@code SequenceColumn.copyRowsFeaturesFirst} write them:
     * wraps without transposing.
     */
    public INDArray featuresFromChannelsFirst(int input, float[] data, int count, int steps) {
        return BatchLayout.wrap(data, featureShape(input, count, steps), dataType);
    }

    /**
     * The label array from {@code count} rows of targets as the table stores them: per row {@code units}
     * numbers, or for a prediction per step, steps x units (transposed to {@code [count, units, steps]}).
     */
    public INDArray labelsFromRows(float[] rows, int count) {
        return BatchLayout.toArray(output().outputShape(), rows, count, dataType);
    }

    /** Classification labels: one row per class index. */
    public INDArray oneHot(int[] classes) {
        Shape shape = output().outputShape();
        int units = shape instanceof Shape.Sequence s ? s.features() : (int) shape.elementCount();
        return BatchLayout.oneHot(classes, units, dataType);
    }
}
