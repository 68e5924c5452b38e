package org.neurite.dl.train;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.neurite.engine.settings.Choice;

/** How gradients are kept from growing too large before a step. */
public enum GradientClipping implements Choice {
    NONE("None", GradientNormalization.None),
    /** Every gradient value is cut to [-threshold, threshold]. */
    VALUE("Clip each value to +-threshold", GradientNormalization.ClipElementWiseAbsoluteValue),
    /** A layer's whole gradient is scaled down when its length (L2 norm) exceeds the threshold. */
    LAYER_NORM("Scale each layer's gradient to a norm of at most threshold", GradientNormalization.ClipL2PerLayer);

    private final String label;
    private final GradientNormalization dl4j;

    GradientClipping(String label, GradientNormalization dl4j) {
        this.label = label;
        this.dl4j = dl4j;
    }

    @Override
    public String label() {
        return label;
    }

    public GradientNormalization dl4j() {
        return dl4j;
    }
}
