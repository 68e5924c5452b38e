package org.neurite.dl.compile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The parameters of a {@link FusedLstm} as views of the layer's flat parameter (and gradient) vector, in the
 * layouts libnd4j's {@code lstmLayer} reads: {@code W} {@code [nIn, 4u]}, {@code RW} {@code [u, 4u]}, {@code b}
 * {@code [4u]}, row-major, gates input, forget, cell, output.
 */
final class FusedLstmParams implements ParamInitializer {

    static final FusedLstmParams INSTANCE = new FusedLstmParams();
    static final String INPUT_WEIGHTS = "W";
    static final String RECURRENT_WEIGHTS = "RW";
    static final String BIAS = "b";

    private FusedLstmParams() {
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        FusedLstm l = (FusedLstm) layer;
        long units = l.getNOut();
        return l.getNIn() * 4 * units + units * 4 * units + 4 * units;
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return List.of(INPUT_WEIGHTS, RECURRENT_WEIGHTS, BIAS);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return List.of(INPUT_WEIGHTS, RECURRENT_WEIGHTS);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return List.of(BIAS);
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return INPUT_WEIGHTS.equals(key) || RECURRENT_WEIGHTS.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return BIAS.equals(key);
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        FusedLstm l = (FusedLstm) conf.getLayer();
        Map<String, INDArray> views = views(l, paramsView);
        if (initializeParams) {
            long in = l.getNIn();
            long units = l.getNOut();
            IWeightInit inputInit = l.getWeightInitFn();
            IWeightInit recurrentInit = l.getWeightInitFnRecurrent() != null ? l.getWeightInitFnRecurrent()
                    : inputInit;
            // drawn exactly as DL4J's LSTM draws them (its fan-in/fan-out, column-major, same random sequence),
            // then put in our gate order: with the same seed, the same initial network as DL4J's LSTM
            INDArray w = inputInit.init(units, in + units, new long[] { in, 4 * units }, 'f',
                    Nd4j.createUninitialized(paramsView.dataType(), in * 4 * units));
            INDArray rw = recurrentInit.init(units, in + units, new long[] { units, 4 * units }, 'f',
                    Nd4j.createUninitialized(paramsView.dataType(), units * 4 * units));
            INDArray b = Nd4j.zeros(paramsView.dataType(), 1, 4 * units);
            b.get(NDArrayIndex.all(), NDArrayIndex.interval(units, 2 * units)).assign(l.getForgetGateBiasInit());
            fromDl4jGateOrder(w, views.get(INPUT_WEIGHTS), units);
            fromDl4jGateOrder(rw, views.get(RECURRENT_WEIGHTS), units);
            fromDl4jGateOrder(b, views.get(BIAS).reshape(1, 4 * units), units);
        }
        return views;
    }

    /**
     * DL4J's LSTM keeps its gate blocks as block input (the tanh cell candidate), forget, output, input gate;
     * libnd4j's lstmLayer as input, forget, cell candidate, output.
     */
    static void fromDl4jGateOrder(INDArray dl4j, INDArray ours, long units) {
        int[] from = { 3, 1, 0, 2 };
        for (int k = 0; k < 4; k++) {
            ours.get(NDArrayIndex.all(), NDArrayIndex.interval(k * units, (k + 1) * units))
                    .assign(dl4j.get(NDArrayIndex.all(), NDArrayIndex.interval(from[k] * units, (from[k] + 1) * units)));
        }
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views((FusedLstm) conf.getLayer(), gradientView);
    }

    private static Map<String, INDArray> views(FusedLstm l, INDArray flat) {
        long in = l.getNIn();
        long units = l.getNOut();
        INDArray row = flat.reshape(flat.length());
        long w = in * 4 * units;
        long rw = units * 4 * units;
        Map<String, INDArray> views = new LinkedHashMap<>();
        views.put(INPUT_WEIGHTS, row.get(NDArrayIndex.interval(0, w)).reshape('c', in, 4 * units));
        views.put(RECURRENT_WEIGHTS, row.get(NDArrayIndex.interval(w, w + rw)).reshape('c', units, 4 * units));
        views.put(BIAS, row.get(NDArrayIndex.interval(w + rw, w + rw + 4 * units)));
        return views;
    }
}
