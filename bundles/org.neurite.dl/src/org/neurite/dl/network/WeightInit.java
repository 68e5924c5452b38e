package org.neurite.dl.network;

import org.neurite.engine.settings.Choice;

/**
 * How a layer's weights are drawn before training. Xavier suits tanh and sigmoid, He suits ReLU; both scale the
 * random weights by the number of inputs so signals neither vanish nor explode through many layers.
 */
public enum WeightInit implements Choice {
    XAVIER("Xavier (Glorot) normal"),
    XAVIER_UNIFORM("Xavier (Glorot) uniform"),
    HE("He normal (for ReLU)"),
    HE_UNIFORM("He uniform (for ReLU)"),
    LECUN_NORMAL("LeCun normal (for SELU)"),
    LECUN_UNIFORM("LeCun uniform");

    private final String label;

    WeightInit(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
