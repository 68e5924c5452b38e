package org.neurite.dl.schedule;

import java.util.Objects;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Cosine annealing (Loshchilov and Hutter, SGDR): the value falls from {@code initialValue} to
 * {@code minimumValue} along half a cosine wave over {@code period} steps. Without restarts it then stays at the
 * minimum; with restarts it jumps back to the initial value and anneals again, each cycle
 * {@code periodMultiplier} times as long as the one before.
 *
 * <p>DL4J has no such schedule. Like DL4J's own, this one is immutable and serialised with the network's JSON
 * configuration (hence the Jackson annotations and getters).
 */
public final class CosineAnnealingSchedule implements ISchedule {

    private static final long serialVersionUID = 1L;

    private final ScheduleType scheduleType;
    private final double initialValue;
    private final double minimumValue;
    private final int period;
    private final double periodMultiplier;
    private final boolean restarts;

    @JsonCreator
    public CosineAnnealingSchedule(@JsonProperty("scheduleType") ScheduleType scheduleType,
            @JsonProperty("initialValue") double initialValue, @JsonProperty("minimumValue") double minimumValue,
            @JsonProperty("period") int period, @JsonProperty("periodMultiplier") double periodMultiplier,
            @JsonProperty("restarts") boolean restarts) {
        if (period < 1) {
            throw new IllegalArgumentException("The cosine period must be at least 1 step, got " + period);
        }
        if (periodMultiplier < 1) {
            throw new IllegalArgumentException("The period multiplier must be at least 1, got " + periodMultiplier);
        }
        this.scheduleType = Objects.requireNonNull(scheduleType, "scheduleType");
        this.initialValue = initialValue;
        this.minimumValue = minimumValue;
        this.period = period;
        this.periodMultiplier = periodMultiplier;
        this.restarts = restarts;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        double t = ScheduleUnit.position(scheduleType, iteration, epoch);
        double length = period;
        if (!restarts) {
            t = Math.min(t, length);
        } else if (periodMultiplier == 1) {
            t = t % length;
        } else {
            while (t >= length) { // cycles grow geometrically, so this runs O(log t) times
                t -= length;
                length *= periodMultiplier;
            }
        }
        return minimumValue + (initialValue - minimumValue) * (1 + Math.cos(Math.PI * t / length)) / 2;
    }

    @Override
    public ISchedule clone() {
        return this; // immutable
    }

    public ScheduleType getScheduleType() {
        return scheduleType;
    }

    public double getInitialValue() {
        return initialValue;
    }

    public double getMinimumValue() {
        return minimumValue;
    }

    public int getPeriod() {
        return period;
    }

    public double getPeriodMultiplier() {
        return periodMultiplier;
    }

    public boolean isRestarts() {
        return restarts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosineAnnealingSchedule c && c.scheduleType == scheduleType
                && c.initialValue == initialValue && c.minimumValue == minimumValue && c.period == period
                && c.periodMultiplier == periodMultiplier && c.restarts == restarts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheduleType, initialValue, minimumValue, period, periodMultiplier, restarts);
    }

    @Override
    public String toString() {
        return "CosineAnnealingSchedule(" + scheduleType + ", " + initialValue + " -> " + minimumValue + " over "
                + period + (restarts ? ", restarts x" + periodMultiplier : "") + ")";
    }
}
