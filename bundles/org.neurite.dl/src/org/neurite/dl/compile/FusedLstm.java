package org.neurite.dl.compile;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An LSTM layer (tanh cell and output, sigmoid gates, no peepholes) that runs each pass as ONE native operation,
 * libnd4j's {@code lstmLayer} forwards and {@code lstmLayer_bp} backwards, instead of DL4J's {@code LSTM}, which
 * issues several small operations per time step from Java. Measured on 2 cores (tests/benchmarks, BENCHMARKS.md):
 * several times faster for the benchmark classifier (50 steps, 64 units). With {@link #isLastStepOnly()} it returns
 * only the last step's output {@code [batch, units]} (what DL4J's {@code LastTimeStep} wrapper gives), otherwise
 * every step {@code [batch, units, steps]}. Sequences shorter than the input (a mask) end at their own last step.
 * <p>
 * Parameters: {@code W} input weights {@code [nIn, 4 x units]}, {@code RW} recurrent weights
 * {@code [units, 4 x units]}, {@code b} bias {@code [4 x units]}, gates in the order input, forget, cell, output;
 * the forget gate's bias starts at {@link #getForgetGateBiasInit()} (1, as DL4J's LSTM).
 * <p>
 * A DL4J configuration class: public no-argument constructor and bean properties, so DL4J's JSON (model files)
 * writes and reads it.
 */
public class FusedLstm extends BaseRecurrentLayer {

    private static final long serialVersionUID = 1L;

    private boolean lastStepOnly;
    private double forgetGateBiasInit = 1.0;

    public FusedLstm() {
        // for DL4J's JSON
    }

    private FusedLstm(Builder builder) {
        super(builder);
        this.lastStepOnly = builder.lastStepOnly;
        this.forgetGateBiasInit = builder.forgetGateBiasInit;
    }

    public boolean isLastStepOnly() {
        return lastStepOnly;
    }

    public void setLastStepOnly(boolean lastStepOnly) {
        this.lastStepOnly = lastStepOnly;
    }

    public double getForgetGateBiasInit() {
        return forgetGateBiasInit;
    }

    public void setForgetGateBiasInit(double forgetGateBiasInit) {
        this.forgetGateBiasInit = forgetGateBiasInit;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray layerParamsView,
            boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("FusedLstm", getLayerName(), layerIndex, getNIn(), getNOut());
        FusedLstmLayer layer = new FusedLstmLayer(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public ParamInitializer initializer() {
        return FusedLstmParams.INSTANCE;
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        InputType sequence = super.getOutputType(layerIndex, inputType);
        return lastStepOnly ? InputType.feedForward(getNOut()) : sequence;
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        long params = FusedLstmParams.INSTANCE.numParams(this);
        return new LayerMemoryReport.Builder(getLayerName(), FusedLstm.class, inputType,
                getOutputType(-1, inputType)).standardMemory(params, params).workingMemory(0, 0, 0, 0)
                .cacheMemory(0, 0).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FusedLstm f && super.equals(o) && f.lastStepOnly == lastStepOnly
                && f.forgetGateBiasInit == forgetGateBiasInit;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Boolean.hashCode(lastStepOnly) + Double.hashCode(forgetGateBiasInit);
    }

    /** Builds a {@link FusedLstm}: {@code nOut} (units), the weight initialisation, {@code lastStepOnly}. */
    public static class Builder extends BaseRecurrentLayer.Builder<Builder> {
        private boolean lastStepOnly;
        private double forgetGateBiasInit = 1.0;

        public Builder lastStepOnly(boolean value) {
            this.lastStepOnly = value;
            return this;
        }

        public Builder forgetGateBiasInit(double value) {
            this.forgetGateBiasInit = value;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public FusedLstm build() {
            return new FusedLstm(this);
        }
    }
}
