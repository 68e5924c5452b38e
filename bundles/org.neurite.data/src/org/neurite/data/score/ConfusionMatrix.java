package org.neurite.data.score;

import java.util.List;

/**
 * Counts of (actual class, predicted class) pairs and the classification metrics derived from them.
 *
 * @param classes class names; index {@code i} in {@link #counts} means {@code classes.get(i)}
 * @param counts  {@code counts[actual][predicted]}
 */
public record ConfusionMatrix(List<String> classes, long[][] counts) {

    public ConfusionMatrix {
        classes = List.copyOf(classes);
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    long correct() {
        long c = 0;
        for (int i = 0; i < counts.length; i++) {
            c += counts[i][i];
        }
        return c;
    }

    /** Rows of class {@code k} (its support). */
    long actual(int k) {
        long n = 0;
        for (long c : counts[k]) {
            n += c;
        }
        return n;
    }

    long predicted(int k) {
        long n = 0;
        for (long[] row : counts) {
            n += row[k];
        }
        return n;
    }

    /** Share of rows predicted right. */
    public double accuracy() {
        long n = total();
        return n == 0 ? Double.NaN : (double) correct() / n;
    }

    /** Of the rows predicted as class {@code k}, the share that are {@code k}; 0 when {@code k} was never predicted. */
    public double precision(int k) {
        long p = predicted(k);
        return p == 0 ? 0 : (double) counts[k][k] / p;
    }

    /** Of the rows of class {@code k}, the share predicted as {@code k}; 0 when there are none. */
    public double recall(int k) {
        long a = actual(k);
        return a == 0 ? 0 : (double) counts[k][k] / a;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Agreement beyond chance: {@code (po - pe) / (1 - pe)} with {@code po} the accuracy and {@code pe} the accuracy
     * expected if predictions were independent of the actual class with the same class frequencies.
     */
    public double cohensKappa() {
        double n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double po = correct() / n;
        double pe = 0;
        for (int k = 0; k < counts.length; k++) {
            pe += (actual(k) / n) * (predicted(k) / n);
        }
        return pe == 1 ? (po == 1 ? 1 : 0) : (po - pe) / (1 - pe);
    }

    public double macroPrecision() {
        return mean(this::precision);
    }

    public double macroRecall() {
        return mean(this::recall);
    }

    public double macroF1() {
        return mean(this::f1);
    }

    /** Mean over the classes that occur (as actual or predicted); classes of neither are left out. */
    private double mean(java.util.function.IntToDoubleFunction metric) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < counts.length; k++) {
            if (actual(k) > 0 || predicted(k) > 0) {
                sum += metric.applyAsDouble(k);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
