package org.neurite.dl.schedule;

import org.nd4j.linalg.schedule.ScheduleType;
import org.neurite.engine.settings.Choice;

/** What a schedule counts: epochs (whole passes over the training data) or iterations (mini-batches). */
public enum ScheduleUnit implements Choice {
    EPOCH("Per epoch", "epoch", ScheduleType.EPOCH),
    ITERATION("Per iteration (mini-batch)", "iteration", ScheduleType.ITERATION);

    private final String label;
    private final String step;
    private final ScheduleType dl4j;

    ScheduleUnit(String label, String step, ScheduleType dl4j) {
        this.label = label;
        this.step = step;
        this.dl4j = dl4j;
    }

    @Override
    public String label() {
        return label;
    }

    /** {@code epoch} or {@code iteration}: one step as messages and curves name it. */
    public String step() {
        return step;
    }

    /** DL4J's counterpart. */
    public ScheduleType dl4j() {
        return dl4j;
    }

    /** The step an {@code ISchedule} is at, from DL4J's two counters (both from 0). */
    public static int position(ScheduleType type, int iteration, int epoch) {
        return type == ScheduleType.ITERATION ? iteration : epoch;
    }
}
