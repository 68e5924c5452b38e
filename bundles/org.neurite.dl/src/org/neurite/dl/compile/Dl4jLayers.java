package org.neurite.dl.compile;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.neurite.dl.network.Activation;
import org.neurite.dl.network.Add;
import org.neurite.dl.network.Concatenate;
import org.neurite.dl.network.Convolution2D;
import org.neurite.dl.network.Dense;
import org.neurite.dl.network.Dropout;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.Layer;
import org.neurite.dl.network.Lstm;
import org.neurite.dl.network.MaxPooling2D;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Output;
import org.neurite.dl.network.Padding;
import org.neurite.dl.network.SequenceOutput;
import org.neurite.dl.network.Shape;
import org.neurite.dl.network.WeightInit;

/**
 * The DL4J counterpart of each layer kind. Input sizes ({@code nIn}) are left out: DL4J infers them, and the
 * pre-processors between kinds (image to dense, ...), from the network's input types.
 */
final class Dl4jLayers {

    /** What a layer becomes in a DL4J graph: a layer, or a vertex without weights. */
    sealed interface Part {
        record LayerPart(org.deeplearning4j.nn.conf.layers.Layer layer) implements Part {
        }

        record VertexPart(GraphVertex vertex) implements Part {
        }
    }

    static Part map(Layer layer, Shape inputShape) {
        return switch (layer) {
            case Input in -> throw new IllegalArgumentException("Inputs are not layers in DL4J: " + in);
            case Dense d -> layer(dense(d));
            case Convolution2D c -> layer(convolution(c));
            case MaxPooling2D p -> layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                    .kernelSize(p.kernelHeight(), p.kernelWidth()).stride(p.strideHeight(), p.strideWidth())
                    .convolutionMode(mode(p.padding())).build());
            case Dropout d -> layer(dropout(d));
            case Lstm l -> layer(lstm(l));
            case Concatenate c -> new Part.VertexPart(new MergeVertex());
            case Add a -> new Part.VertexPart(new ElementWiseVertex(ElementWiseVertex.Op.Add));
            case Output o -> layer(output(o, inputShape));
        };
    }

    private static Part layer(org.deeplearning4j.nn.conf.layers.Layer layer) {
        return new Part.LayerPart(layer);
    }

    private static org.deeplearning4j.nn.conf.layers.Layer dense(Dense d) {
        DenseLayer.Builder b = new DenseLayer.Builder().nOut(d.units()).activation(activation(d.activation()))
                .weightInit(weightInit(d.weightInit())).hasBias(d.bias());
        // only set what the user set: 0 would override the trainer's network-wide L2
        if (d.l1() > 0) {
            b.l1(d.l1());
        }
        if (d.l2() > 0) {
            b.l2(d.l2());
        }
        return b.build();
    }

    private static org.deeplearning4j.nn.conf.layers.Layer convolution(Convolution2D c) {
        return new ConvolutionLayer.Builder(c.kernelHeight(), c.kernelWidth()).nOut(c.filters())
                .stride(c.strideHeight(), c.strideWidth()).dilation(c.dilationHeight(), c.dilationWidth())
                .convolutionMode(mode(c.padding())).activation(activation(c.activation()))
                .weightInit(weightInit(c.weightInit())).hasBias(c.bias()).build();
    }

    private static org.deeplearning4j.nn.conf.layers.Layer dropout(Dropout d) {
        // DL4J's number is the probability of KEEPING a value; ours is the share dropped
        if (d.rate() == 0) {
            return new DropoutLayer.Builder().dropOut((IDropout) null).build();
        }
        return new DropoutLayer.Builder(new org.deeplearning4j.nn.conf.dropout.Dropout(d.retainProbability()))
                .build();
    }

    /**
     * {@link FusedLstm} (one native operation per pass, the same initial weights and outputs as DL4J's LSTM) for
     * the usual tanh/sigmoid LSTM; DL4J's own {@code LSTM} for other activations, which libnd4j's fused operation
     * does not offer, or when {@code -Dneurite.lstm=legacy} asks for it (to compare speed).
     */
    private static org.deeplearning4j.nn.conf.layers.Layer lstm(Lstm l) {
        if (l.activation() == Activation.TANH && l.gateActivation() == Activation.SIGMOID
                && !"legacy".equals(System.getProperty("neurite.lstm"))) {
            return new FusedLstm.Builder().nOut(l.units()).weightInit(weightInit(l.weightInit()))
                    .lastStepOnly(l.output() == SequenceOutput.LAST_STEP).build();
        }
        LSTM lstm = new LSTM.Builder().nOut(l.units()).activation(activation(l.activation()))
                .gateActivationFunction(activation(l.gateActivation())).weightInit(weightInit(l.weightInit()))
                .build();
        return l.output() == SequenceOutput.LAST_STEP ? new LastTimeStep(lstm) : lstm;
    }

    private static org.deeplearning4j.nn.conf.layers.Layer output(Output o, Shape inputShape) {
        if (inputShape instanceof Shape.Sequence) {
            return new RnnOutputLayer.Builder(loss(o.objective())).nOut(o.units())
                    .activation(outputActivation(o.objective())).weightInit(weightInit(o.weightInit())).build();
        }
        return new OutputLayer.Builder(loss(o.objective())).nOut(o.units())
                .activation(outputActivation(o.objective())).weightInit(weightInit(o.weightInit())).build();
    }

    /** The DL4J input type of a shape; images are NCHW and sequences NCW, DL4J's defaults. */
    static InputType inputType(Shape shape) {
        return switch (shape) {
            case Shape.Features f -> InputType.feedForward(f.size());
            case Shape.Image i -> InputType.convolutional(i.height(), i.width(), i.channels());
            case Shape.Sequence s -> s.steps() == Shape.UNKNOWN ? InputType.recurrent(s.features())
                    : InputType.recurrent(s.features(), s.steps());
        };
    }

    private static ConvolutionMode mode(Padding padding) {
        return padding == Padding.SAME ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }

    private static LossFunction loss(Objective objective) {
        return switch (objective) {
            case CLASSIFICATION -> LossFunction.MCXENT;
            case BINARY -> LossFunction.XENT;
            case REGRESSION -> LossFunction.MSE;
        };
    }

    private static org.nd4j.linalg.activations.Activation outputActivation(Objective objective) {
        return switch (objective) {
            case CLASSIFICATION -> org.nd4j.linalg.activations.Activation.SOFTMAX;
            case BINARY -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case REGRESSION -> org.nd4j.linalg.activations.Activation.IDENTITY;
        };
    }

    static org.nd4j.linalg.activations.Activation activation(Activation activation) {
        return switch (activation) {
            case RELU -> org.nd4j.linalg.activations.Activation.RELU;
            case LEAKY_RELU -> org.nd4j.linalg.activations.Activation.LEAKYRELU;
            case ELU -> org.nd4j.linalg.activations.Activation.ELU;
            case SELU -> org.nd4j.linalg.activations.Activation.SELU;
            case GELU -> org.nd4j.linalg.activations.Activation.GELU;
            case SWISH -> org.nd4j.linalg.activations.Activation.SWISH;
            case TANH -> org.nd4j.linalg.activations.Activation.TANH;
            case SIGMOID -> org.nd4j.linalg.activations.Activation.SIGMOID;
            case HARD_SIGMOID -> org.nd4j.linalg.activations.Activation.HARDSIGMOID;
            case SOFTPLUS -> org.nd4j.linalg.activations.Activation.SOFTPLUS;
            case SOFTMAX -> org.nd4j.linalg.activations.Activation.SOFTMAX;
            case IDENTITY -> org.nd4j.linalg.activations.Activation.IDENTITY;
        };
    }

    static org.deeplearning4j.nn.weights.WeightInit weightInit(WeightInit init) {
        return switch (init) {
            case XAVIER -> org.deeplearning4j.nn.weights.WeightInit.XAVIER;
            case XAVIER_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.XAVIER_UNIFORM;
            case HE -> org.deeplearning4j.nn.weights.WeightInit.RELU;
            case HE_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.RELU_UNIFORM;
            case LECUN_NORMAL -> org.deeplearning4j.nn.weights.WeightInit.LECUN_NORMAL;
            case LECUN_UNIFORM -> org.deeplearning4j.nn.weights.WeightInit.LECUN_UNIFORM;
        };
    }

    private Dl4jLayers() {
    }
}
