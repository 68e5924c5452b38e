package org.neurite.dl.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ISchedule;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.model.ColumnMapping;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainedModelSpec;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Output;
import org.neurite.dl.network.OutputSize;
import org.neurite.dl.network.Shape;
import org.neurite.dl.schedule.LearningRateSchedule;
import org.neurite.dl.schedule.LearningRateSchedulerNode;
import org.neurite.dl4j.runtime.Dl4jRuntime;
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

/** Trains a network on a table with stochastic gradient descent and outputs the trained model. */
@Component(service = NodeFactory.class)
public final class TrainerNode implements NodeFactory<TrainerNode.Settings> {

    public static final String ID = "org.neurite.dl.sgdTrainer";

    private static final String REGULARISATION = "Regularisation";
    private static final String EARLY = "Early stopping";
    private static final String SAFETY = "Safety and speed";

    public record Settings(
            @Setting(label = "Target column", description = "The column the network learns to predict. Empty uses"
                    + " the Output Layer's target column. The feature columns are the Input Layers' columns.",
                    optional = true) String targetColumn,
            @Setting(label = "Epochs", description = "How many times training goes through all training rows.",
                    defaultValue = "3", min = 1, max = 100_000) int epochs,
            @Setting(label = "Mini-batch size", description = "Rows per step: the gradient is averaged over them."
                    + " 32 to 128 is typical; larger batches take fewer, smoother steps.", defaultValue = "64",
                    min = 1, max = 1_000_000) int batchSize,
            @Setting(label = "Learning rate", description = "The step size, used when no schedule is connected."
                    + " 0.01 suits SGD with momentum on inputs scaled to about 0..1.", defaultValue = "0.01",
                    min = 1e-12, max = 1e9) double learningRate,
            @Setting(label = "Momentum", description = "How much of the previous step carries into the next (0 for"
                    + " plain SGD). 0.9 is the usual choice.", defaultValue = "0.9", min = 0, max = 0.999)
            double momentum,
            @Setting(label = "Nesterov", description = "Use Nesterov momentum: the gradient is taken where the"
                    + " momentum is about to carry the weights, which damps overshooting. Off: classical momentum.",
                    defaultValue = "true") boolean nesterov,
            @Setting(label = "Shuffle each epoch", description = "Visit the rows in a new random order every"
                    + " epoch, so that mini-batches differ and the order of the table does not bias training.",
                    defaultValue = "true") boolean shuffle,
            @Setting(label = "Seed", description = "Fixes the random start weights, the shuffling and the dropout"
                    + " masks: the same seed and data give the same model.", defaultValue = "42") long seed,
            @Setting(label = "L2 penalty", description = "Adds this times the sum of squared weights to the loss,"
                    + " keeping weights small against overfitting; 0 for none. Layers with their own L2 keep it."
                    + " Typical: 1e-4.", defaultValue = "0", min = 0, max = 1, section = REGULARISATION) double l2,
            @Setting(label = "Gradient clipping", description = "Keeps single steps from exploding: cut each"
                    + " gradient value, or scale each layer's gradient down to a maximum length.",
                    defaultValue = "NONE", section = REGULARISATION) GradientClipping gradientClipping,
            @Setting(label = "Clipping threshold", description = "The largest gradient value or layer gradient"
                    + " length allowed when clipping.", defaultValue = "1", min = 1e-9, section = REGULARISATION)
            double clippingThreshold,
            @Setting(label = "Early stopping", description = "Stop when the loss on the validation table stops"
                    + " improving. Needs a validation table.", defaultValue = "false", section = EARLY)
            boolean earlyStopping,
            @Setting(label = "Patience", description = "Epochs without improvement before stopping.",
                    defaultValue = "3", min = 1, max = 100_000, section = EARLY) int patience,
            @Setting(label = "Minimum improvement", description = "A validation loss must be lower than the best"
                    + " so far by more than this to count as an improvement.", defaultValue = "0", min = 0,
                    section = EARLY) double minDelta,
            @Setting(label = "Restore best weights", description = "After stopping, put back the weights of the"
                    + " epoch with the lowest validation loss.", defaultValue = "true", section = EARLY)
            boolean restoreBestWeights,
            @Setting(label = "Stop on NaN or infinite loss", description = "Fail with a message naming the epoch"
                    + " and iteration as soon as the loss is no longer a finite number; the weights are then"
                    + " useless.", defaultValue = "true", section = SAFETY) boolean stopOnNonFiniteLoss,
            @Setting(label = "Threads", description = "Native threads for the maths: 0 chooses (1 for recurrent"
                    + " networks, where it is faster; all cores otherwise). Applies to the whole application"
                    + " while this node trains.", defaultValue = "0", min = 0, max = 1024, section = SAFETY)
            int threads) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("SGD Trainer")
            .category(LearningRateSchedulerNode.CATEGORY).icon("icons/trainer.png").description("""
                    Trains the connected network on the training table with stochastic gradient descent (SGD), \
                    and outputs the trained model and a history of the training.

                    Training adjusts the weights to make the loss (how wrong the predictions are) small. The \
                    gradient says, for every weight, which way and how steeply the loss rises; gradient descent \
                    takes a small step the other way. Stochastic: each step looks at a random mini-batch of \
                    rows instead of the whole table, which is far cheaper and its noise even helps to avoid \
                    poor solutions. One epoch is one pass over all rows in mini-batches; the rows are shuffled \
                    every epoch. The learning rate is the step size; connect a Learning-Rate Decay Scheduler \
                    to make it smaller as training goes on.

                    Momentum lets the steps build up speed like a ball rolling downhill: each step adds a share \
                    (the momentum, e.g. 0.9) of the previous one, so progress along a long valley accelerates \
                    while zig-zagging across it cancels out. Nesterov momentum first moves where the momentum \
                    carries the weights and takes the gradient there, a look-ahead that corrects overshooting \
                    earlier; it is usually a little better than classical momentum.

                    The feature columns come from the network's Input Layers and the target from the Output \
                    Layer (or the target setting here); the number of output units is taken from the target \
                    column. L2 and gradient clipping keep weights and steps small. With a validation table, the \
                    validation loss and accuracy are measured after every epoch, on rows training never sees; \
                    early stopping ends training when the validation loss has not improved for a number of \
                    epochs (the patience) and can put back the best epoch's weights, which guards against \
                    overfitting. If the loss becomes NaN or infinite (usually a learning rate far too large), \
                    training stops with a message naming the epoch and iteration.

                    Progress and the loss stream while training runs. Cancel stops within one mini-batch; Stop \
                    ends training normally and outputs the model as it is.""")
            .input("network", "Network", NetworkSpec.TYPE, "The network to train, ending in an Output Layer.")
            .input("training", "Training data", org.neurite.data.table.DataTable.TYPE,
                    "The table to learn from: the Input Layers' columns and the target column.")
            .optionalInput("validation", "Validation data", org.neurite.data.table.DataTable.TYPE,
                    "Optional: rows to measure the loss and accuracy on after each epoch, never trained on.")
            .optionalInput("schedule", "Learning-rate schedule", LearningRateSchedule.TYPE,
                    "Optional: how the learning rate changes; without one the learning rate setting is used.")
            .output("model", "Trained model", TrainedModel.TYPE, "The trained network with its column mapping.")
            .output("history", "History", org.neurite.data.table.DataTable.TYPE,
                    "One row per epoch: epoch, iteration, loss, validation loss and accuracy, learning rate, seconds.")
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
                NativeWarmUp.start();
                Plan plan = plan((NetworkSpec) inSpecs.get(0), (TableSpec) inSpecs.get(1),
                        (TableSpec) inSpecs.get(2), settings);
                return List.of(new TrainedModelSpec(plan.network(), plan.columns(), settings.seed()),
                        TrainingHistory.tableSpec());
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws Exception {
                return train((NetworkSpec) inputs.get(0), (DataTable) inputs.get(1), (DataTable) inputs.get(2),
                        (LearningRateSchedule) inputs.get(3), settings, context);
            }
        };
    }

    /** What configure can tell without data: the column mapping and the network with its output size if known. */
    record Plan(NetworkSpec network, ColumnMapping columns) {
    }

    static Plan plan(NetworkSpec network, TableSpec training, TableSpec validation, Settings s)
            throws InvalidConfigurationException {
        Output output = network.output().orElseThrow(() -> new InvalidConfigurationException("the network ends in "
                + network.head().node() + ", not in an output layer: add an Output Layer node before the trainer"));
        String target = targetColumn(output, network.head(), s);
        ColumnMapping columns = ColumnMapping.of(network, training, target, "the training table");
        int units = OutputSize.forColumn(output.objective(), columns.target());
        NetworkSpec sized = units == Shape.UNKNOWN ? network : network.withOutputUnits(units);
        if (sized.head().outputShape() instanceof Shape.Sequence) {
            throw new InvalidConfigurationException(network.head().node() + " predicts one value per sequence"
                    + " step (its input is a full sequence), which the trainer does not support yet: set the LSTM's"
                    + " output to 'Only the last step'");
        }
        if (validation != null) {
            columns.checkFeatures(validation, "the validation table");
            ColumnSpec vt = validation.require(target, "the validation table: the target column");
            if (vt.type() != columns.target().type()) {
                throw new InvalidConfigurationException("the validation table's target column '" + target + "' is "
                        + vt.typeText() + ", but the training table's is " + columns.target().typeText());
            }
        } else if (s.earlyStopping()) {
            throw new InvalidConfigurationException("setting 'earlyStopping' (Early stopping) watches the loss on"
                    + " validation data: connect a validation table to the 'Validation data' input, or switch early"
                    + " stopping off");
        }
        return new Plan(sized, columns);
    }

    private static String targetColumn(Output output, LayerSpec outputLayer, Settings s)
            throws InvalidConfigurationException {
        String mine = s.targetColumn().trim();
        String theirs = output.targetColumn().trim();
        if (mine.isEmpty() && theirs.isEmpty()) {
            throw new InvalidConfigurationException("no target column: set 'Target column' here or on "
                    + outputLayer.node() + " to the column the network learns to predict");
        }
        if (!mine.isEmpty() && !theirs.isEmpty() && !mine.equals(theirs)) {
            throw new InvalidConfigurationException("setting 'targetColumn' (Target column) is '" + mine + "', but "
                    + outputLayer.node() + " is set to '" + theirs + "': clear one of them or make them equal");
        }
        return mine.isEmpty() ? theirs : mine;
    }

    private static List<PortObject> train(NetworkSpec network, DataTable training, DataTable validation,
            LearningRateSchedule schedule, Settings s, ExecutionContext context) throws Exception {
        Dl4jRuntime.initialize();
        Plan plan = plan(network, training.spec(), validation == null ? null : validation.spec(), s);
        ColumnMapping columns = plan.columns();
        if (training.rowCount() == 0) {
            throw new InvalidConfigurationException("the training table has no rows");
        }
        refuseMissing(training, columns, "the training table");
        List<String> classes = classes(training, columns);
        columns = columns.withTarget(training.spec().column(columns.target().name()).orElseThrow(), classes);
        int units = outputUnits(plan.network(), columns, classes);
        NetworkSpec sized = plan.network().withOutputUnits(units);
        if (validation != null) {
            validation = alignTarget(validation, columns);
            refuseMissing(validation, columns, "the validation table");
            if (validation.rowCount() == 0) {
                validation = null;
                context.log().warn("the validation table has no rows: training without validation");
            }
        }
        if (schedule != null) {
            context.log().info("learning rate from the schedule: " + schedule.summary());
        }
        CompileOptions options = CompileOptions.defaults().withSeed(s.seed()).withUpdater(updater(s, schedule))
                .withL2(s.l2()).withGradientClipping(s.gradientClipping().dl4j(), s.clippingThreshold());
        CompiledNetwork compiled = CompiledNetwork.compile(sized, options);
        int threads = s.threads() > 0 ? s.threads() : recurrent(sized) ? 1 : 0;
        TrainingHistory history;
        try (NativeThreads ignored = NativeThreads.limit(threads)) {
            ComputationGraph graph = compiled.newGraph();
            TableBatches trainBatches = TableBatches.withTargets(training, columns, units, DataType.FLOAT);
            TableBatches validationBatches = validation == null ? null
                    : TableBatches.withTargets(validation, columns, units, DataType.FLOAT);
            history = new TrainingRun(graph, trainBatches, validationBatches, s, columns.objective(),
                    rateLayer(sized), context).run();
            TrainedModel model = new TrainedModel(graph, new TrainedModelSpec(sized, columns, s.seed()), history);
            return List.of(model, history.toTable());
        }
    }

    /** The updater: Nesterov or classical momentum, or plain SGD without momentum. */
    static IUpdater updater(Settings s, LearningRateSchedule schedule) {
        ISchedule rates = schedule == null ? null : schedule.toDl4j();
        if (s.momentum() == 0) {
            return rates != null ? new Sgd(rates) : new Sgd(s.learningRate());
        }
        if (s.nesterov()) {
            return rates != null ? new Nesterovs(rates, s.momentum()) : new Nesterovs(s.learningRate(), s.momentum());
        }
        return new Momentum(s.learningRate(), rates, s.momentum());
    }

    private static boolean recurrent(NetworkSpec network) {
        return network.layers().stream().anyMatch(l -> l.outputShape() instanceof Shape.Sequence);
    }

    /** A layer with weights, to ask DL4J for the learning rate it uses. */
    private static String rateLayer(NetworkSpec network) {
        return network.layers().stream().filter(l -> l.parameters() > 0).map(LayerSpec::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("The network has no layer with weights"));
    }

    /** The class names from the data: a category column's categories, or 0 .. max for an int column. */
    private static List<String> classes(DataTable training, ColumnMapping columns)
            throws InvalidConfigurationException {
        ColumnSpec target = training.spec().column(columns.target().name()).orElseThrow();
        if (columns.objective() == Objective.REGRESSION) {
            return List.of();
        }
        if (target.type() == ColumnType.CATEGORY) {
            return target.categories();
        }
        if (target.type() == ColumnType.INT && columns.objective() == Objective.CLASSIFICATION) {
            IntColumn c = training.column(target.name(), IntColumn.class);
            int max = -1;
            for (int r = 0; r < c.rowCount(); r++) {
                int v = c.get(r);
                if (v < 0) {
                    throw new InvalidConfigurationException("the target column '" + target.name() + "' holds "
                            + v + " in row " + r + ", but classes of an int column are numbered from 0: use a"
                            + " category column, or renumber the classes");
                }
                max = Math.max(max, v);
            }
            return ColumnMapping.numberedClasses(max + 1);
        }
        return List.of();
    }

    private static int outputUnits(NetworkSpec network, ColumnMapping columns, List<String> classes)
            throws InvalidConfigurationException {
        Output output = network.output().orElseThrow();
        if (output.units() != Shape.UNKNOWN) {
            return output.units();
        }
        int units = OutputSize.forColumn(columns.objective(), columns.target());
        if (units != Shape.UNKNOWN) {
            return units;
        }
        if (classes.size() < 2) {
            throw new InvalidConfigurationException("the target column '" + columns.target().name() + "' has "
                    + classes.size() + " class" + (classes.size() == 1 ? "" : "es") + " in the training table:"
                    + " classification needs at least two");
        }
        return classes.size();
    }

    /** The validation table with its target categories in the training table's order. */
    private static DataTable alignTarget(DataTable validation, ColumnMapping columns)
            throws InvalidConfigurationException {
        ColumnSpec trained = columns.target();
        if (trained.type() == ColumnType.INT && columns.objective() == Objective.CLASSIFICATION) {
            IntColumn v = validation.column(trained.name(), IntColumn.class);
            int classes = columns.classLabels().size();
            for (int r = 0; r < v.rowCount(); r++) {
                if (!v.isMissing(r) && (v.get(r) < 0 || v.get(r) >= classes)) {
                    throw new InvalidConfigurationException("the validation table's target column '"
                            + trained.name() + "' holds class " + v.get(r) + " in row " + r + ", but the training"
                            + " table has the classes 0 to " + (classes - 1) + " only: the model cannot predict it");
                }
            }
            return validation;
        }
        if (trained.type() != ColumnType.CATEGORY) {
            return validation;
        }
        CategoryColumn c = validation.column(trained.name(), CategoryColumn.class);
        if (c.categories().equals(trained.categories())) {
            return validation;
        }
        List<String> unknown = new ArrayList<>(c.categories());
        unknown.removeAll(trained.categories());
        if (!unknown.isEmpty()) {
            throw new InvalidConfigurationException("the validation table's target column '" + trained.name()
                    + "' has classes the training table lacks: " + String.join(", ", unknown)
                    + "; the model cannot predict them");
        }
        return validation.with(c.withCategories(trained.categories()));
    }

    private static void refuseMissing(DataTable table, ColumnMapping columns, String role)
            throws InvalidConfigurationException {
        List<String> missing = TableBatches.missingValues(table, columns, true, 3);
        if (!missing.isEmpty()) {
            throw new InvalidConfigurationException(role + " has missing values, which would make the loss NaN: "
                    + String.join("; ", missing) + ". Remove or fill those rows first");
        }
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
