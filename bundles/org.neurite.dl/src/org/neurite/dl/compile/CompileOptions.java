package org.neurite.dl.compile;

import java.util.Objects;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * What the compiled network takes from whoever trains it rather than from the layer nodes: the seed of weight
 * initialisation and dropout masks, the updater (optimiser and learning rate or schedule), the number type,
 * workspaces, gradient clipping and a network-wide L2 penalty. Start from {@link #defaults()}.
 *
 * @param seed                   fixes weight initialisation and dropout masks
 * @param updater                how gradients become weight changes, e.g. {@code new Nesterovs(0.01, 0.9)}
 * @param dataType               {@code FLOAT} for training; {@code DOUBLE} only for gradient checks
 * @param workspaceMode          {@code ENABLED} (off costs speed and several times the memory)
 * @param gradientNormalization  gradient clipping, {@code None} for none
 * @param gradientThreshold      the clipping threshold, when clipping
 * @param l2                     L2 penalty for every layer that does not set its own (0 for none)
 */
public record CompileOptions(long seed, IUpdater updater, DataType dataType, WorkspaceMode workspaceMode,
        GradientNormalization gradientNormalization, double gradientThreshold, double l2) {

    public CompileOptions {
        Objects.requireNonNull(updater, "updater");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(workspaceMode, "workspaceMode");
        Objects.requireNonNull(gradientNormalization, "gradientNormalization");
        if (l2 < 0) {
            throw new IllegalArgumentException("L2 must not be negative, got " + l2);
        }
    }

    /** Seed 42, plain SGD at 0.01, float, workspaces on, no clipping, no L2. */
    public static CompileOptions defaults() {
        return new CompileOptions(42, new Sgd(0.01), DataType.FLOAT, WorkspaceMode.ENABLED,
                GradientNormalization.None, 1.0, 0);
    }

    public CompileOptions withSeed(long newSeed) {
        return new CompileOptions(newSeed, updater, dataType, workspaceMode, gradientNormalization,
                gradientThreshold, l2);
    }

    public CompileOptions withUpdater(IUpdater newUpdater) {
        return new CompileOptions(seed, newUpdater, dataType, workspaceMode, gradientNormalization,
                gradientThreshold, l2);
    }

    public CompileOptions withDataType(DataType newDataType) {
        return new CompileOptions(seed, updater, newDataType, workspaceMode, gradientNormalization,
                gradientThreshold, l2);
    }

    public CompileOptions withWorkspaceMode(WorkspaceMode mode) {
        return new CompileOptions(seed, updater, dataType, mode, gradientNormalization, gradientThreshold, l2);
    }

    public CompileOptions withGradientClipping(GradientNormalization normalization, double threshold) {
        return new CompileOptions(seed, updater, dataType, workspaceMode, normalization, threshold, l2);
    }

    public CompileOptions withL2(double newL2) {
        return new CompileOptions(seed, updater, dataType, workspaceMode, gradientNormalization,
                gradientThreshold, newL2);
    }
}
