package org.neurite.dl.train;

import java.util.Arrays;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.network.Objective;

/**
 * Measures a network on a table it does not train on: the mean loss (the same loss the output layer trains,
 * without the L2 penalty) and, for classes, the share of rows predicted right.
 *
 * @param loss     mean loss per row
 * @param accuracy share of rows right; NaN for regression and for several yes/no outputs
 */
record Validation(double loss, double accuracy) {

    private static final double EPS = 1e-10;

    static Validation of(ComputationGraph graph, TableBatches table, int batchSize, Objective objective) {
        TableBatches.Buffers buffers = new TableBatches.Buffers();
        int n = table.rowCount();
        double lossSum = 0;
        long right = 0;
        boolean countsAccuracy = true;
        for (int from = 0; from < n; from += batchSize) {
            int[] rows = new int[Math.min(batchSize, n - from)];
            int start = from;
            Arrays.setAll(rows, i -> start + i);
            TableBatches.Batch batch = table.read(rows, buffers);
            INDArray out = graph.output(false, batch.features(), batch.featureMasks(), null)[0];
            float[] p = out.castTo(DataType.FLOAT).dup('c').data().asFloat();
            float[] y = batch.labelValues();
            int units = p.length / rows.length;
            countsAccuracy &= objective == Objective.CLASSIFICATION || units == 1;
            for (int r = 0; r < rows.length; r++) {
                int o = r * units;
                lossSum += loss(objective, p, y, o, units);
                right += correct(objective, p, y, o, units) ? 1 : 0;
            }
        }
        return new Validation(lossSum / n, countsAccuracy && objective != Objective.REGRESSION
                ? (double) right / n : Double.NaN);
    }

    private static double loss(Objective objective, float[] p, float[] y, int o, int units) {
        double sum = 0;
        for (int k = 0; k < units; k++) {
            double pk = p[o + k];
            double yk = y[o + k];
            sum += switch (objective) {
                case CLASSIFICATION -> yk == 0 ? 0 : -yk * Math.log(Math.max(pk, EPS));
                case BINARY -> -(yk * Math.log(Math.max(pk, EPS)) + (1 - yk) * Math.log(Math.max(1 - pk, EPS)));
                case REGRESSION -> (pk - yk) * (pk - yk) / units; // DL4J's MSE averages over the outputs
            };
        }
        return sum;
    }

    private static boolean correct(Objective objective, float[] p, float[] y, int o, int units) {
        if (objective == Objective.CLASSIFICATION) {
            return argmax(p, o, units) == argmax(y, o, units);
        }
        return (p[o] >= 0.5f) == (y[o] >= 0.5f);
    }

    static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int k = 1; k < length; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
