package org.neurite.data.normalize;

import org.neurite.data.normalize.NormalizerModel.Method;

/**
 * Minimum, maximum, mean and standard deviation of a run of values, gathered one value at a time (what min-max and
 * z-score rescaling and the table summary need) (Welford's update: one pass, without the cancellation of sum-of-squares minus squared
 * sum). NaN values are skipped. Rescaling is {@code (value - offset) / scale}.
 */
public final class Statistics {

    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double m2;

    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        min = Math.min(min, value);
        max = Math.max(max, value);
        count++;
        double d = value - mean;
        mean += d / count;
        m2 += d * (value - mean);
    }

    public long count() {
        return count;
    }

    /** NaN when no value was seen, as are {@link #max}, {@link #mean} and {@link #standardDeviation}. */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The population standard deviation. */
    public double standardDeviation() {
        return count == 0 ? Double.NaN : Math.sqrt(m2 / count);
    }

    /** What is subtracted first: the minimum or the mean (0 when no value was seen). */
    public double offset(Method method) {
        if (count == 0) {
            return 0;
        }
        return method == Method.MIN_MAX ? min : mean;
    }

    /** What is divided by next: the range or the standard deviation; 1 when that is 0 or no value was seen. */
    public double scale(Method method) {
        if (count == 0) {
            return 1;
        }
        double scale = method == Method.MIN_MAX ? max - min : Math.sqrt(m2 / count);
        return scale == 0 || Double.isNaN(scale) ? 1 : scale;
    }
}
