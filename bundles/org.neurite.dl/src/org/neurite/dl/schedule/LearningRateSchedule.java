package org.neurite.dl.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.InverseSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.SigmoidSchedule;
import org.nd4j.linalg.schedule.StepSchedule;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;
import org.neurite.engine.port.Series;

/**
 * How the learning rate changes during training: a decay policy with its parameters, counted per epoch or per
 * iteration, optionally after a linear warm-up. The same value travels at configure and at execute time (a
 * schedule needs no data), and {@link #toDl4j()} turns it into the DL4J {@code ISchedule} the trainer hands to
 * the updater. Its {@link #series()} is the rate over {@code horizon} steps, so the curve shows before anything
 * trains. Which parameters a policy reads is said at each component; the others are ignored.
 *
 * @param policy           the decay policy
 * @param unit             what t counts: epochs or iterations (mini-batches), from 0
 * @param initialRate      the rate at t = 0 (after the warm-up)
 * @param gamma            STEP, EXPONENTIAL: the factor per step (below 1 decays); INVERSE: how fast it falls
 * @param stepSize         STEP: multiply every this many steps; SIGMOID: the midpoint, where the rate is halved
 * @param power            INVERSE, POLYNOMIAL: the exponent (1 is linear for POLYNOMIAL)
 * @param length           POLYNOMIAL: steps to reach the minimum; COSINE: steps of the first cycle
 * @param minimumRate      POLYNOMIAL, COSINE: the lowest rate
 * @param steepness        SIGMOID: how sharp the drop is around the midpoint
 * @param restarts         COSINE: whether the rate jumps back up after each cycle
 * @param periodMultiplier COSINE with restarts: each cycle is this many times longer than the one before
 * @param warmupSteps      0 for none; otherwise steps of linear warm-up before the policy starts
 * @param horizon          how many steps {@link #series()} shows
 */
public record LearningRateSchedule(DecayPolicy policy, ScheduleUnit unit, double initialRate, double gamma,
        int stepSize, double power, int length, double minimumRate, double steepness, boolean restarts,
        double periodMultiplier, int warmupSteps, int horizon) implements PortSpec, PortObject {

    /** The port type of learning-rate schedules; wire colour amber. */
    public static final PortType TYPE = new PortType("org.neurite.dl.schedule", "Learning-rate schedule",
            LearningRateSchedule.class, LearningRateSchedule.class, 0xD09A20);

    public LearningRateSchedule {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(unit, "unit");
        if (!(initialRate > 0) || Double.isInfinite(initialRate)) {
            throw new IllegalArgumentException("The initial rate must be a positive number, got " + initialRate);
        }
        if (warmupSteps < 0 || horizon < 1) {
            throw new IllegalArgumentException("Warm-up steps must be >= 0 and the horizon >= 1");
        }
    }

    /** A constant rate, counted per epoch, shown over {@code horizon} epochs. */
    public static LearningRateSchedule fixed(double rate, int horizon) {
        return new LearningRateSchedule(DecayPolicy.FIXED, ScheduleUnit.EPOCH, rate, 1, 1, 1, 1, 0, 1, false, 1, 0,
                horizon);
    }

    /** Step decay: {@code rate * gamma^floor(t / every)}. */
    public static LearningRateSchedule step(ScheduleUnit unit, double rate, double gamma, int every, int horizon) {
        return new LearningRateSchedule(DecayPolicy.STEP, unit, rate, gamma, every, 1, 1, 0, 1, false, 1, 0, horizon);
    }

    /** The DL4J schedule: DL4J's own classes where they match the formula, ours for the rest. */
    public ISchedule toDl4j() {
        ScheduleType type = unit.dl4j();
        ISchedule schedule = switch (policy) {
            case FIXED -> new FixedSchedule(initialRate);
            case STEP -> new StepSchedule(type, initialRate, gamma, stepSize);
            case EXPONENTIAL -> new ExponentialSchedule(type, initialRate, gamma);
            case INVERSE -> new InverseSchedule(type, initialRate, gamma, power);
            case POLYNOMIAL -> new PolynomialDecaySchedule(type, initialRate, minimumRate, power, length);
            // DL4J: initial / (1 + exp(-gamma * (t - stepSize))); a negative gamma makes it fall
            case SIGMOID -> new SigmoidSchedule(type, initialRate, -steepness, stepSize);
            case COSINE -> new CosineAnnealingSchedule(type, initialRate, minimumRate, length, periodMultiplier,
                    restarts);
        };
        return warmupSteps > 0 ? new WarmupSchedule(type, warmupSteps, schedule) : schedule;
    }

    /** The rate at step {@code t} (from 0) of this schedule's unit. */
    public double rateAt(int t) {
        return toDl4j().valueAt(t, t);
    }

    /** The rate at steps 0 .. horizon-1, i.e. what the trainer uses in epoch (or iteration) 1 .. horizon. */
    public double[] curve() {
        ISchedule schedule = toDl4j();
        double[] rates = new double[horizon];
        for (int t = 0; t < horizon; t++) {
            rates[t] = schedule.valueAt(t, t);
        }
        return rates;
    }

    @Override
    public List<Series> series() {
        return List.of(new Series("learning rate", unit.step(), curve()));
    }

    /** {@code step decay from 0.01, x0.5 every 2 epochs}. */
    @Override
    public String summary() {
        String steps = unit.step() + "s";
        String text = switch (policy) {
            case FIXED -> "fixed " + number(initialRate);
            case STEP -> "step decay from " + number(initialRate) + ", x" + number(gamma) + " every "
                    + (stepSize == 1 ? unit.step() : stepSize + " " + steps);
            case EXPONENTIAL -> "exponential decay from " + number(initialRate) + ", x" + number(gamma) + " per "
                    + unit.step();
            case INVERSE -> "inverse decay from " + number(initialRate) + ", gamma " + number(gamma) + ", power "
                    + number(power);
            case POLYNOMIAL -> "polynomial decay from " + number(initialRate) + " to " + number(minimumRate)
                    + " over " + length + " " + steps + ", power " + number(power);
            case SIGMOID -> "sigmoid decay from " + number(initialRate) + ", halved at " + unit.step() + " "
                    + (stepSize + 1) + ", steepness " + number(steepness);
            case COSINE -> "cosine annealing from " + number(initialRate) + " to " + number(minimumRate) + " over "
                    + length + " " + steps + (restarts ? ", restarting"
                            + (periodMultiplier == 1 ? "" : " with cycles x" + number(periodMultiplier)) : "");
        };
        return warmupSteps > 0 ? warmupSteps + "-" + unit.step() + " warm-up, then " + text : text;
    }

    /** {@code 0.01 -> 0.0025 over 5 epochs}: where the curve starts and ends. */
    @Override
    public String producerNote() {
        double[] c = curve();
        return number(c[0]) + " -> " + number(c[c.length - 1]) + " over " + horizon + " " + unit.step()
                + (horizon == 1 ? "" : "s");
    }

    /** The summary, then the rate at each step of the horizon. */
    @Override
    public String details() {
        StringBuilder b = new StringBuilder(summary());
        double[] c = curve();
        for (int t = 0; t < c.length; t++) {
            b.append('\n').append(unit.step()).append(' ').append(t + 1).append(": ").append(number(c[t]));
        }
        return b.toString();
    }

    @Override
    public PortSpec spec() {
        return this;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(?=$|e)", "");
    }
}
