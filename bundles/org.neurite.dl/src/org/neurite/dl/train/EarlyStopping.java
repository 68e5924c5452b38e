package org.neurite.dl.train;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Watches the validation loss after each epoch and says when to stop: when it has not improved by more than
 * {@code minDelta} for {@code patience} epochs in a row. Keeps a copy of the best weights, to restore them.
 */
final class EarlyStopping {

    private final int patience;
    private final double minDelta;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int epochsWithoutImprovement;
    private INDArray bestWeights;

    EarlyStopping(int patience, double minDelta) {
        this.patience = patience;
        this.minDelta = minDelta;
    }

    /** Records an epoch's validation loss; true when training should stop now. */
    boolean stopAfter(int epoch, double validationLoss, ComputationGraph graph) {
        if (validationLoss < best - minDelta) {
            best = validationLoss;
            bestEpoch = epoch;
            epochsWithoutImprovement = 0;
            bestWeights = graph.params().dup();
            return false;
        }
        epochsWithoutImprovement++;
        return epochsWithoutImprovement >= patience;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double bestLoss() {
        return best;
    }

    /** Puts the best epoch's weights back; false when there were none (no epoch finished). */
    boolean restore(ComputationGraph graph) {
        if (bestWeights == null) {
            return false;
        }
        graph.setParams(bestWeights);
        return true;
    }
}
