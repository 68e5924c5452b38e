package org.neurite.dl.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.model.TrainingHistory;
import org.neurite.dl.network.Objective;
import org.neurite.engine.node.CanceledExecutionException;
import org.neurite.engine.node.ExecutionContext;

/**
 * The training loop: epochs of shuffled mini-batches fed to DL4J one {@code fit} at a time, read from the table
 * while the previous one trains; after each epoch the validation loss, early stopping and the history. Between
 * two mini-batches it honours a cancel (throws) and a stop request (ends normally with the model so far).
 *
 * <p>The loss of each step is the score DL4J computed in that step's forward pass, read after {@code fit}
 * returns: no listener and no extra pass. Metrics go out at most every {@link #REPORT_MILLIS} ms (the loss
 * averaged since the last report), so watching costs nothing measurable.
 */
final class TrainingRun {

    static final long REPORT_MILLIS = 200;

    private final ComputationGraph graph;
    private final TableBatches train;
    private final TableBatches validation;
    private final TrainerNode.Settings settings;
    private final Objective objective;
    private final String rateLayer;
    private final ExecutionContext context;

    private final List<TrainingHistory.Epoch> epochs = new ArrayList<>();
    private int iteration;
    private long lastReport;
    private double reportLossSum;
    private int reportCount;

    /**
     * @param validation may be null
     * @param rateLayer  a layer with weights, whose learning rate DL4J is asked for
     */
    TrainingRun(ComputationGraph graph, TableBatches train, TableBatches validation, TrainerNode.Settings settings,
            Objective objective, String rateLayer, ExecutionContext context) {
        this.graph = graph;
        this.train = train;
        this.validation = validation;
        this.settings = settings;
        this.objective = objective;
        this.rateLayer = rateLayer;
        this.context = context;
    }

    TrainingHistory run() throws CanceledExecutionException, TrainingDivergedException, InterruptedException {
        int n = train.rowCount();
        int batchSize = Math.min(settings.batchSize(), n);
        int batches = (n + batchSize - 1) / batchSize;
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Random shuffler = new Random(settings.seed());
        EarlyStopping early = settings.earlyStopping() && validation != null
                ? new EarlyStopping(settings.patience(), settings.minDelta())
                : null;
        String ending = "completed " + settings.epochs() + " epoch" + (settings.epochs() == 1 ? "" : "s");
        long total = (long) batches * settings.epochs();
        try (BatchPrefetcher feed = new BatchPrefetcher(train)) {
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                long start = System.nanoTime();
                if (settings.shuffle()) {
                    shuffle(order, shuffler);
                }
                double rate = graph.getLearningRate(rateLayer);
                double lossSum = 0;
                int done = 0;
                long waitNanos = 0;
                boolean stopped = false;
                feed.request(Arrays.copyOfRange(order, 0, Math.min(batchSize, n)));
                for (int b = 0; b < batches; b++) {
                    long waitStart = System.nanoTime();
                    TableBatches.Batch batch = feed.take();
                    waitNanos += System.nanoTime() - waitStart;
                    if (context.isCanceled()) {
                        context.checkCanceled();
                    }
                    if (context.isStopRequested()) {
                        stopped = true;
                        break;
                    }
                    if (b + 1 < batches) {
                        int from = (b + 1) * batchSize;
                        feed.request(Arrays.copyOfRange(order, from, Math.min(from + batchSize, n)));
                    }
                    double stepRate = graph.getLearningRate(rateLayer);
                    graph.fit(new MultiDataSet(batch.features(), new org.nd4j.linalg.api.ndarray.INDArray[] {
                            batch.labels() }, batch.featureMasks(), null));
                    double loss = graph.score();
                    iteration++;
                    done++;
                    if (!Double.isFinite(loss) && settings.stopOnNonFiniteLoss()) {
                        throw diverged(loss, epoch, b + 1, batches, stepRate);
                    }
                    lossSum += loss;
                    report(loss, stepRate, epoch, b + 1, batches, total, b + 1 == batches);
                }
                if (done == 0) {
                    ending = "stopped by the user before epoch " + epoch;
                    break;
                }
                graph.incrementEpochCount();
                Validation v = validation == null ? null
                        : Validation.of(graph, validation, Math.max(batchSize, 256), objective);
                double seconds = (System.nanoTime() - start) / 1e9;
                TrainingHistory.Epoch record = new TrainingHistory.Epoch(epoch, iteration, lossSum / done,
                        v == null ? Double.NaN : v.loss(), v == null ? Double.NaN : v.accuracy(), rate, seconds);
                epochs.add(record);
                reportEpoch(record, waitNanos / 1e9);
                if (stopped) {
                    ending = "stopped by the user in epoch " + epoch + " after " + done + " of " + batches
                            + " mini-batches";
                    break;
                }
                if (early != null && early.stopAfter(epoch, v.loss(), graph) && epoch < settings.epochs()) {
                    ending = "stopped early after epoch " + epoch + ": the validation loss has not improved by more"
                            + " than " + settings.minDelta() + " for " + settings.patience() + " epoch"
                            + (settings.patience() == 1 ? "" : "s");
                    break;
                }
            }
        }
        int bestEpoch = epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        if (early != null && settings.restoreBestWeights() && early.bestEpoch() != bestEpoch && early.restore(graph)) {
            bestEpoch = early.bestEpoch();
            ending += "; restored the weights of epoch " + bestEpoch + " (best validation loss "
                    + String.format(Locale.ROOT, "%.4f", early.bestLoss()) + ")";
        }
        context.progress(1, ending);
        return new TrainingHistory(epochs, bestEpoch, ending);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private TrainingDivergedException diverged(double loss, int epoch, int batch, int batches, double rate) {
        return new TrainingDivergedException("the loss became " + (Double.isNaN(loss) ? "NaN" : "infinite")
                + " in epoch " + epoch + ", iteration " + iteration + " (mini-batch " + batch + " of " + batches
                + ", learning rate " + String.format(Locale.ROOT, "%.3g", rate) + "): the steps are too large for"
                + " this network and data. Lower the learning rate (e.g. by a factor of 10), switch on gradient"
                + " clipping, or scale the inputs to small values");
    }

    private void report(double loss, double rate, int epoch, int batch, int batches, long total, boolean last) {
        reportLossSum += loss;
        reportCount++;
        long now = System.currentTimeMillis();
        if (!last && now - lastReport < REPORT_MILLIS) {
            return;
        }
        double mean = reportLossSum / reportCount;
        lastReport = now;
        reportLossSum = 0;
        reportCount = 0;
        context.reportMetrics("iteration", iteration, Map.of("loss", mean, "learningRate", rate));
        context.progress((double) iteration / total, String.format(Locale.ROOT,
                "epoch %d/%d, batch %d/%d, loss %.4f", epoch, settings.epochs(), batch, batches, mean));
    }

    /** @param dataWaitSeconds how long the steps waited for their mini-batch (the feed fell behind) */
    private void reportEpoch(TrainingHistory.Epoch e, double dataWaitSeconds) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", e.loss());
        values.put("learningRate", e.learningRate());
        values.put("seconds", e.seconds());
        values.put("dataWaitSeconds", dataWaitSeconds);
        if (!Double.isNaN(e.validationLoss())) {
            values.put("validationLoss", e.validationLoss());
        }
        if (!Double.isNaN(e.validationAccuracy())) {
            values.put("validationAccuracy", e.validationAccuracy());
        }
        context.reportMetrics("epoch", e.epoch(), values);
    }
}
