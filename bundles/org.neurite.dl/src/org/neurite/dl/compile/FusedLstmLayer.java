package org.neurite.dl.compile;

import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The running {@link FusedLstm}: the whole sequence in one call of libnd4j's {@code lstmLayer} (forwards) or
 * {@code lstmLayer_bp} (backwards, which also recomputes the forward pass it needs). Arrays are DL4J's NCW
 * ({@code [batch, features, steps]}, the op's data format 2); weight gradients are written straight into the
 * layer's gradient views.
 */
final class FusedLstmLayer extends BaseLayer<FusedLstm> {

    private static final long serialVersionUID = 1L;

    // libnd4j's activation codes and data format, see the lstmLayer op
    private static final int NCW = 2;
    private static final int FORWARD = 0;
    private static final int SIGMOID = 2;
    private static final int TANH = 0;

    FusedLstmLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray x = contiguous(input, workspaceMgr, ArrayType.FF_WORKING_MEM);
        long batch = x.size(0);
        long units = layerConf().getNOut();
        long steps = x.size(2);
        INDArray lengths = sequenceLengths(workspaceMgr, ArrayType.FF_WORKING_MEM);
        boolean last = layerConf().isLastStepOnly();
        INDArray output = last ? workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, x.dataType(), batch, units)
                : workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, x.dataType(), new long[] { batch, units, steps },
                        'c');
        // the op needs the last cell state as an output too (oneDNN build), and a last h when it returns all steps
        INDArray lastCell = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, x.dataType(), batch, units);
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("lstmLayer")
                .addInputs(inputs(x, lengths)).addIntegerArguments(NCW, FORWARD, SIGMOID, TANH, TANH)
                .addBooleanArguments(true, lengths != null, false, false, false, !last, true, true)
                .addFloatingPointArguments(0.0);
        if (last) {
            op.addOutputs(output, lastCell);
        } else {
            INDArray lastOutput = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM, x.dataType(), batch, units);
            op.addOutputs(output, lastOutput, lastCell);
        }
        Nd4j.exec(op.build());
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        INDArray x = contiguous(input, workspaceMgr, ArrayType.BP_WORKING_MEM);
        INDArray lengths = sequenceLengths(workspaceMgr, ArrayType.BP_WORKING_MEM);
        boolean last = layerConf().isLastStepOnly();
        INDArray outputGradient = contiguous(epsilon, workspaceMgr, ArrayType.BP_WORKING_MEM);
        INDArray inputGradient = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, x.dataType(), x.shape(), 'c');
        INDArray[] in = inputs(x, lengths);
        INDArray[] withGradient = java.util.Arrays.copyOf(in, in.length + 1);
        withGradient[in.length] = outputGradient;
        INDArray[] outputs = lengths == null
                ? new INDArray[] { inputGradient, gradientViews.get(FusedLstmParams.INPUT_WEIGHTS),
                        gradientViews.get(FusedLstmParams.RECURRENT_WEIGHTS), gradientViews.get(FusedLstmParams.BIAS) }
                : new INDArray[] { inputGradient, gradientViews.get(FusedLstmParams.INPUT_WEIGHTS),
                        gradientViews.get(FusedLstmParams.RECURRENT_WEIGHTS), gradientViews.get(FusedLstmParams.BIAS),
                        workspaceMgr.create(ArrayType.BP_WORKING_MEM, x.dataType(), lengths.shape()) };
        Nd4j.exec(DynamicCustomOp.builder("lstmLayer_bp").addInputs(withGradient).addOutputs(outputs)
                .addIntegerArguments(NCW, FORWARD, SIGMOID, TANH, TANH)
                .addBooleanArguments(true, lengths != null, false, false, false, !last, last, false)
                .addFloatingPointArguments(0.0).build());
        Gradient gradient = new DefaultGradient(gradientsFlattened);
        gradient.gradientForVariable().put(FusedLstmParams.INPUT_WEIGHTS, gradientViews.get(FusedLstmParams.INPUT_WEIGHTS));
        gradient.gradientForVariable().put(FusedLstmParams.RECURRENT_WEIGHTS,
                gradientViews.get(FusedLstmParams.RECURRENT_WEIGHTS));
        gradient.gradientForVariable().put(FusedLstmParams.BIAS, gradientViews.get(FusedLstmParams.BIAS));
        return new Pair<>(gradient, backpropDropOutIfPresent(inputGradient));
    }

    private INDArray[] inputs(INDArray x, INDArray lengths) {
        INDArray w = params.get(FusedLstmParams.INPUT_WEIGHTS);
        INDArray rw = params.get(FusedLstmParams.RECURRENT_WEIGHTS);
        INDArray b = params.get(FusedLstmParams.BIAS);
        return lengths == null ? new INDArray[] { x, w, rw, b } : new INDArray[] { x, w, rw, b, lengths };
    }

    /** Steps per sequence from the mask ({@code [batch, steps]}, ones then zeros), or null without a mask. */
    private INDArray sequenceLengths(LayerWorkspaceMgr workspaceMgr, ArrayType type) {
        if (maskArray == null) {
            return null;
        }
        return workspaceMgr.leverageTo(type, maskArray.sum(1).castTo(DataType.INT32));
    }

    private static INDArray contiguous(INDArray a, LayerWorkspaceMgr workspaceMgr, ArrayType type) {
        return a.ordering() == 'c' && !a.isView() ? a : workspaceMgr.dup(type, a, 'c');
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
            int minibatchSize) {
        this.maskArray = maskArray;
        this.maskState = currentMaskState;
        // the last step's output is one vector per sequence: nothing downstream is masked
        return layerConf().isLastStepOnly() ? new Pair<>(null, null) : new Pair<>(maskArray, currentMaskState);
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public boolean hasBias() {
        return true;
    }

    @Override
    public Type type() {
        return Type.RECURRENT;
    }
}
