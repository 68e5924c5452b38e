package org.neurite.engine.settings;

/** Implemented by enums used as settings to give each constant a label a user reads. */
public interface Choice {

    /** Label of this constant, e.g. {@code Leaky ReLU}. */
    String label();
}
