package org.neurite.dl.schedule;

import java.util.Objects;

import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Polynomial decay as Caffe ("poly"), Keras and PyTorch define it: the value falls from {@code initialValue} to
 * {@code minimumValue} over {@code length} steps along {@code (1 - t / length)^power} and then stays there.
 *
 * <p>Not DL4J's {@code PolySchedule}: in 1.0.0-M2.1 that computes {@code initial * (1 + t / maxIter)^power},
 * which grows for a positive power and then drops to 0 at {@code maxIter}.
 */
public final class PolynomialDecaySchedule implements ISchedule {

    private static final long serialVersionUID = 1L;

    private final ScheduleType scheduleType;
    private final double initialValue;
    private final double minimumValue;
    private final double power;
    private final int length;

    @JsonCreator
    public PolynomialDecaySchedule(@JsonProperty("scheduleType") ScheduleType scheduleType,
            @JsonProperty("initialValue") double initialValue, @JsonProperty("minimumValue") double minimumValue,
            @JsonProperty("power") double power, @JsonProperty("length") int length) {
        if (length < 1) {
            throw new IllegalArgumentException("The decay length must be at least 1 step, got " + length);
        }
        this.scheduleType = Objects.requireNonNull(scheduleType, "scheduleType");
        this.initialValue = initialValue;
        this.minimumValue = minimumValue;
        this.power = power;
        this.length = length;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        int t = Math.min(ScheduleUnit.position(scheduleType, iteration, epoch), length);
        return minimumValue + (initialValue - minimumValue) * Math.pow(1 - (double) t / length, power);
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

    public double getPower() {
        return power;
    }

    public int getLength() {
        return length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolynomialDecaySchedule p && p.scheduleType == scheduleType
                && p.initialValue == initialValue && p.minimumValue == minimumValue && p.power == power
                && p.length == length;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheduleType, initialValue, minimumValue, power, length);
    }

    @Override
    public String toString() {
        return "PolynomialDecaySchedule(" + scheduleType + ", " + initialValue + " -> " + minimumValue + " over "
                + length + ", power " + power + ")";
    }
}
