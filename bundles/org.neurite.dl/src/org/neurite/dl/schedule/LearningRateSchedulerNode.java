package org.neurite.dl.schedule;

import java.util.List;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Makes a learning-rate schedule for the trainer, and shows its curve before anything trains. */
@Component(service = NodeFactory.class)
public final class LearningRateSchedulerNode implements NodeFactory<LearningRateSchedulerNode.Settings> {

    public static final String ID = "org.neurite.dl.learningRateScheduler";

    /** Category of the training nodes in the node repository. */
    public static final String CATEGORY = "Deep Learning/Training";

    private static final String POLICY = "Policy";
    private static final String WARMUP = "Warm-up and preview";

    public record Settings(
            @Setting(label = "Policy", description = "How the rate changes: fixed, step, exponential, inverse,"
                    + " polynomial, sigmoid or cosine annealing.", defaultValue = "STEP") DecayPolicy policy,
            @Setting(label = "Counted per", description = "Whether the schedule moves on once per epoch (a pass"
                    + " over all training rows) or once per iteration (a mini-batch).", defaultValue = "EPOCH")
            ScheduleUnit unit,
            @Setting(label = "Initial learning rate", description = "The rate training starts with (after the"
                    + " warm-up). 0.01 to 0.1 suits SGD with momentum on normalised data.", defaultValue = "0.01",
                    min = 1e-12, max = 1e6) double initialRate,
            @Setting(label = "Gamma", description = "Step and exponential: the factor the rate is multiplied"
                    + " by (0.5 halves it). Inverse: how fast the rate falls.", defaultValue = "0.5", min = 0,
                    section = POLICY) double gamma,
            @Setting(label = "Step size (k)", description = "Step: multiply by gamma every k epochs (or"
                    + " iterations). Sigmoid: the midpoint, the step at which the rate has halved.",
                    defaultValue = "2", min = 1, section = POLICY) int stepSize,
            @Setting(label = "Power", description = "Inverse and polynomial: the exponent. Polynomial with"
                    + " power 1 falls in a straight line.", defaultValue = "1", min = 0, max = 100,
                    section = POLICY) double power,
            @Setting(label = "Length", description = "Polynomial: steps until the minimum is reached. Cosine:"
                    + " steps of one cycle (the first cycle, with restarts).", defaultValue = "10", min = 1,
                    section = POLICY) int length,
            @Setting(label = "Minimum learning rate", description = "Polynomial and cosine: the rate at the end of"
                    + " the decay (0 allowed).", defaultValue = "0", min = 0, section = POLICY) double minimumRate,
            @Setting(label = "Steepness", description = "Sigmoid: how sharp the drop around the midpoint is; 1"
                    + " takes about 8 steps from 95% to 5% of the rate.", defaultValue = "1", min = 1e-6,
                    max = 1000, section = POLICY) double steepness,
            @Setting(label = "Restarts", description = "Cosine: jump back to the initial rate after each cycle"
                    + " (warm restarts, SGDR) instead of staying at the minimum.", defaultValue = "false",
                    section = POLICY) boolean restarts,
            @Setting(label = "Cycle length multiplier", description = "Cosine with restarts: each cycle is this"
                    + " many times as long as the one before (1 keeps them equal, 2 doubles them).",
                    defaultValue = "1", min = 1, max = 100, section = POLICY) double periodMultiplier,
            @Setting(label = "Warm-up steps", description = "0 for none. Otherwise the rate climbs in equal steps"
                    + " from initial/w to the initial rate over the first w epochs (or iterations), then the policy"
                    + " starts.", defaultValue = "0", min = 0, max = 1_000_000, section = WARMUP) int warmupSteps,
            @Setting(label = "Preview horizon", description = "How many epochs (or iterations) the preview curve"
                    + " shows; set it to the trainer's number of epochs. Training itself is not limited by it.",
                    defaultValue = "10", min = 1, max = 100_000, section = WARMUP) int horizon) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID)
            .name("Learning-Rate Decay Scheduler").category(CATEGORY).icon("icons/scheduler.png").description("""
                    The learning rate is the size of the steps gradient descent takes downhill on the loss. \
                    Large steps make fast progress early but then jump back and forth across the bottom of the \
                    valley; small steps settle precisely but take long to get anywhere. A schedule gets both: \
                    start large, then make the steps smaller as training goes on. Connect this node to the \
                    trainer's schedule input; the curve of the rate over the preview horizon shows as soon as \
                    the settings are valid, before anything trains. The schedule counts epochs (passes over \
                    the training data) or iterations (mini-batches), t = 0, 1, 2, ...

                    Fixed keeps the initial rate. Step multiplies it by gamma every k steps: 0.01 with gamma \
                    0.5 and k = 2 gives 0.01, 0.01, 0.005, 0.005, 0.0025, ... Exponential multiplies by gamma \
                    every step, a smooth version of step. Inverse divides by (1 + gamma t)^power: fast at \
                    first, ever slower. Polynomial falls from the initial to the minimum rate over a length of \
                    steps, in a straight line for power 1 or bending for other powers, and stays there. \
                    Sigmoid holds the rate, drops it smoothly around the midpoint (where it is halved) and \
                    then holds the low rate; steepness sets how sharp the drop is. Cosine annealing follows \
                    half a cosine wave from the initial to the minimum rate over a length of steps: slow at \
                    first, fastest in the middle, gentle at the end. With restarts it then jumps back to the \
                    initial rate and anneals again, which can shake the network out of a poor valley; cycles \
                    may grow longer each time.

                    A warm-up before any policy starts with small steps for the first few epochs or \
                    iterations, climbing linearly to the initial rate: large steps on freshly initialised \
                    weights can throw training off, especially with large mini-batches. The policy's clock \
                    starts when the warm-up ends.""")
            .output("schedule", "Schedule", LearningRateSchedule.TYPE,
                    "The schedule, for the trainer's schedule input; its curve previews the rate per step.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> inSpecs, Settings settings, NodeContext context)
                    throws InvalidConfigurationException {
                return List.of(schedule(settings));
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws InvalidConfigurationException {
                return List.of(schedule(settings));
            }
        };
    }

    /** The schedule these settings describe, after checking the settings the chosen policy reads. */
    public static LearningRateSchedule schedule(Settings s) throws InvalidConfigurationException {
        switch (s.policy()) {
            case STEP, EXPONENTIAL -> {
                if (!(s.gamma() > 0) || s.gamma() > 1) {
                    throw new InvalidConfigurationException(setting("gamma") + " is " + s.gamma() + ", but a "
                            + s.policy().name().toLowerCase() + " decay multiplies the rate by gamma: choose a"
                            + " factor above 0 and at most 1, e.g. 0.5 to halve it");
                }
            }
            case INVERSE -> {
                if (!(s.gamma() > 0)) {
                    throw new InvalidConfigurationException(setting("gamma") + " is " + s.gamma() + ", so the rate"
                            + " would never fall: choose a value above 0, e.g. 0.1");
                }
            }
            case POLYNOMIAL, COSINE -> {
                if (s.minimumRate() >= s.initialRate()) {
                    throw new InvalidConfigurationException(setting("minimumRate") + " (" + s.minimumRate()
                            + ") is not below " + setting("initialRate") + " (" + s.initialRate() + "): the rate"
                            + " would not decay; lower the minimum, e.g. to 0");
                }
            }
            default -> {
            }
        }
        return new LearningRateSchedule(s.policy(), s.unit(), s.initialRate(), s.gamma(), s.stepSize(), s.power(),
                s.length(), s.minimumRate(), s.steepness(), s.restarts(), s.periodMultiplier(), s.warmupSteps(),
                s.horizon());
    }

    private static String setting(String name) {
        return DESCRIPTOR.settings().field(name).orElseThrow().describe();
    }
}
