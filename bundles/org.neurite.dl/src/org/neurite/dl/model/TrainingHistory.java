package org.neurite.dl.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;

/**
 * What happened while a model trained: one record per epoch (the last one may be partial, when training was
 * stopped) and why training ended.
 *
 * @param epochs    one record per epoch trained, in order
 * @param bestEpoch the epoch whose weights the model holds when early stopping restored them, else the last
 * @param ending    why training ended, in words, e.g. {@code completed 3 epochs}
 */
public record TrainingHistory(List<Epoch> epochs, int bestEpoch, String ending) {

    public static final String EPOCH = "epoch";
    public static final String ITERATION = "iteration";
    public static final String LOSS = "loss";
    public static final String VALIDATION_LOSS = "validation loss";
    public static final String VALIDATION_ACCURACY = "validation accuracy";
    public static final String LEARNING_RATE = "learning rate";
    public static final String SECONDS = "seconds";

    /**
     * One epoch.
     *
     * @param epoch              1-based
     * @param iteration          the iterations (mini-batches) done when the epoch ended, counted over all epochs
     * @param loss               the mean training loss over the epoch's mini-batches, as DL4J computed it in each
     *                           step (including the L2 penalty, when there is one)
     * @param validationLoss     the loss on the validation table after the epoch; NaN without one
     * @param validationAccuracy the share of validation rows predicted right; NaN without validation or for
     *                           regression
     * @param learningRate       the learning rate DL4J used in the epoch's first iteration
     * @param seconds            wall time of the epoch, validation included
     */
    public record Epoch(int epoch, int iteration, double loss, double validationLoss, double validationAccuracy,
            double learningRate, double seconds) {
    }

    public TrainingHistory {
        epochs = List.copyOf(epochs);
        Objects.requireNonNull(ending, "ending");
    }

    /** The table form: one row per epoch. */
    public DataTable toTable() {
        int n = epochs.size();
        int[] epoch = new int[n];
        int[] iteration = new int[n];
        double[] loss = new double[n];
        double[] validationLoss = new double[n];
        double[] validationAccuracy = new double[n];
        double[] rate = new double[n];
        double[] seconds = new double[n];
        for (int i = 0; i < n; i++) {
            Epoch e = epochs.get(i);
            epoch[i] = e.epoch();
            iteration[i] = e.iteration();
            loss[i] = e.loss();
            validationLoss[i] = e.validationLoss();
            validationAccuracy[i] = e.validationAccuracy();
            rate[i] = e.learningRate();
            seconds[i] = e.seconds();
        }
        DataTable table = DataTable.of(IntColumn.of(EPOCH, epoch), IntColumn.of(ITERATION, iteration),
                DoubleColumn.of(LOSS, loss), DoubleColumn.of(VALIDATION_LOSS, validationLoss),
                DoubleColumn.of(VALIDATION_ACCURACY, validationAccuracy), DoubleColumn.of(LEARNING_RATE, rate),
                DoubleColumn.of(SECONDS, seconds));
        return table.withNote(headline());
    }

    /** The history table's spec, for configure time (the number of epochs is known only after training). */
    public static TableSpec tableSpec() {
        return TableSpec.of(TableSpec.UNKNOWN_ROWS, ColumnSpec.ints(EPOCH), ColumnSpec.ints(ITERATION),
                ColumnSpec.doubles(LOSS), ColumnSpec.doubles(VALIDATION_LOSS), ColumnSpec.doubles(VALIDATION_ACCURACY),
                ColumnSpec.doubles(LEARNING_RATE), ColumnSpec.doubles(SECONDS));
    }

    /** {@code completed 3 epochs; last loss 0.0712, validation accuracy 0.9655}. */
    public String headline() {
        if (epochs.isEmpty()) {
            return ending;
        }
        Epoch last = epochs.get(epochs.size() - 1);
        StringBuilder b = new StringBuilder(ending).append("; last loss ").append(format(last.loss()));
        if (!Double.isNaN(last.validationAccuracy())) {
            b.append(", validation accuracy ").append(format(last.validationAccuracy()));
        } else if (!Double.isNaN(last.validationLoss())) {
            b.append(", validation loss ").append(format(last.validationLoss()));
        }
        return b.toString();
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
