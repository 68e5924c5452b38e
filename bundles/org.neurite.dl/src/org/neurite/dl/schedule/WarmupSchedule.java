package org.neurite.dl.schedule;

import java.util.Objects;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A linear warm-up before another schedule: over the first {@code warmupSteps} steps the value climbs in equal
 * steps from {@code 1 / warmupSteps} of the other schedule's starting value to that value; after them the other
 * schedule runs as if training had started there, i.e. its clock starts at 0 when the warm-up ends.
 */
public final class WarmupSchedule implements ISchedule {

    private static final long serialVersionUID = 1L;

    private final ScheduleType scheduleType;
    private final int warmupSteps;
    private final ISchedule then;

    @JsonCreator
    public WarmupSchedule(@JsonProperty("scheduleType") ScheduleType scheduleType,
            @JsonProperty("warmupSteps") int warmupSteps, @JsonProperty("then") ISchedule then) {
        if (warmupSteps < 1) {
            throw new IllegalArgumentException("A warm-up needs at least 1 step, got " + warmupSteps);
        }
        this.scheduleType = Objects.requireNonNull(scheduleType, "scheduleType");
        this.warmupSteps = warmupSteps;
        this.then = Objects.requireNonNull(then, "then");
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        int t = ScheduleUnit.position(scheduleType, iteration, epoch);
        if (t < warmupSteps) {
            return then.valueAt(0, 0) * (t + 1) / warmupSteps;
        }
        return scheduleType == ScheduleType.ITERATION ? then.valueAt(iteration - warmupSteps, epoch)
                : then.valueAt(iteration, epoch - warmupSteps);
    }

    @Override
    public ISchedule clone() {
        return new WarmupSchedule(scheduleType, warmupSteps, then.clone());
    }

    public ScheduleType getScheduleType() {
        return scheduleType;
    }

    public int getWarmupSteps() {
        return warmupSteps;
    }

    public ISchedule getThen() {
        return then;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WarmupSchedule w && w.scheduleType == scheduleType && w.warmupSteps == warmupSteps
                && w.then.equals(then);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheduleType, warmupSteps, then);
    }

    @Override
    public String toString() {
        return "WarmupSchedule(" + scheduleType + ", " + warmupSteps + " steps, then " + then + ")";
    }
}
