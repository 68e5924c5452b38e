package org.neurite.engine.port;

/**
 * A named curve of values at steps 1..n, e.g. the learning rate for each epoch. The workbench draws it; batch
 * prints it.
 *
 * @param name   what the values are, e.g. {@code learning rate}
 * @param xLabel what a step is, e.g. {@code epoch}
 * @param values the value at each step, step 1 first
 */
public record Series(String name, String xLabel, double[] values) {

    public Series {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name) && s.xLabel.equals(xLabel)
                && java.util.Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(values);
    }
}
