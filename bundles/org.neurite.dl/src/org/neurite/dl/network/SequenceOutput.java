package org.neurite.dl.network;

import org.neurite.engine.settings.Choice;

/** What a recurrent layer passes on: its output at every step, or only at the last one. */
public enum SequenceOutput implements Choice {
    /** A summary of the whole sequence: the usual choice before a classifier. */
    LAST_STEP("Only the last step"),
    /** One output per step, for another recurrent layer or a prediction per step. */
    FULL_SEQUENCE("Every step (full sequence)");

    private final String label;

    SequenceOutput(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
