package org.neurite.dl.train;

import java.util.Map;
import java.util.Objects;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Stochastic gradient descent with classical ("heavy ball") momentum: {@code v = momentum * v - rate * gradient},
 * then {@code weights += v}. DL4J has SGD without momentum ({@code Sgd}) and Nesterov momentum
 * ({@code Nesterovs}) but no classical momentum, so the trainer uses this when Nesterov is off.
 *
 * <p>Serialised with the network's JSON configuration like DL4J's own updaters (Jackson annotations, getters).
 */
public final class Momentum implements IUpdater {

    private static final long serialVersionUID = 1L;

    private double learningRate;
    private ISchedule learningRateSchedule;
    private final double momentum;

    @JsonCreator
    public Momentum(@JsonProperty("learningRate") double learningRate,
            @JsonProperty("learningRateSchedule") ISchedule learningRateSchedule,
            @JsonProperty("momentum") double momentum) {
        if (momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("Momentum must be at least 0 and below 1, got " + momentum);
        }
        this.learningRate = learningRate;
        this.learningRateSchedule = learningRateSchedule;
        this.momentum = momentum;
    }

    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    @Override
    public GradientUpdater<Momentum> instantiate(INDArray viewArray, boolean initializeViewArray) {
        Updater updater = new Updater(this);
        INDArray flat = viewArray.reshape(viewArray.length());
        updater.setStateViewArray(flat, flat.shape(), flat.ordering(), initializeViewArray);
        return updater;
    }

    @Override
    public GradientUpdater<Momentum> instantiate(Map<String, INDArray> state, boolean initializeStateArrays) {
        Updater updater = new Updater(this);
        updater.setState(state, initializeStateArrays);
        return updater;
    }

    @Override
    public Momentum clone() {
        return new Momentum(learningRate, learningRateSchedule == null ? null : learningRateSchedule.clone(),
                momentum);
    }

    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule != null ? learningRateSchedule.valueAt(iteration, epoch) : learningRate;
    }

    @Override
    public boolean hasLearningRate() {
        return true;
    }

    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        this.learningRate = lr;
        this.learningRateSchedule = lrSchedule;
    }

    public double getLearningRate() {
        return learningRate;
    }

    public ISchedule getLearningRateSchedule() {
        return learningRateSchedule;
    }

    public double getMomentum() {
        return momentum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Momentum m && m.learningRate == learningRate && m.momentum == momentum
                && Objects.equals(m.learningRateSchedule, learningRateSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningRate, learningRateSchedule, momentum);
    }

    @Override
    public String toString() {
        return "Momentum(" + (learningRateSchedule != null ? learningRateSchedule : learningRate) + ", momentum "
                + momentum + ")";
    }

    /** The state (one velocity per weight) and the update rule. */
    static final class Updater implements GradientUpdater<Momentum> {

        static final String VELOCITY = "V";

        private final Momentum config;
        private INDArray velocity;

        Updater(Momentum config) {
            this.config = config;
        }

        @Override
        public Momentum getConfig() {
            return config;
        }

        @Override
        public void setState(Map<String, INDArray> state, boolean initialize) {
            INDArray v = state.get(VELOCITY);
            if (v == null || state.size() != 1) {
                throw new IllegalStateException("Momentum expects exactly the state key " + VELOCITY + ", got "
                        + state.keySet());
            }
            velocity = v;
            if (initialize) {
                velocity.assign(0);
            }
        }

        @Override
        public Map<String, INDArray> getState() {
            return Map.of(VELOCITY, velocity);
        }

        @Override
        public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder,
                boolean initialize) {
            if (initialize) {
                viewArray.assign(0);
            }
            velocity = org.nd4j.linalg.api.shape.Shape.newShapeNoCopy(viewArray, gradientShape,
                    gradientOrder == 'f');
            if (velocity == null) {
                throw new IllegalStateException("Could not view the momentum state as the gradient's shape");
            }
        }

        /** DL4J subtracts what this leaves in {@code gradient} from the weights: so leave {@code -v}. */
        @Override
        public void applyUpdater(INDArray gradient, int iteration, int epoch) {
            double rate = config.getLearningRate(iteration, epoch);
            velocity.muli(config.momentum).subi(gradient.muli(rate));
            gradient.assign(velocity).negi();
        }
    }
}
