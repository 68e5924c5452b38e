package org.neurite.data.table;

import java.nio.DoubleBuffer;
import java.util.Arrays;

/** A column of 64-bit numbers; a missing value is {@code NaN}. */
public final class DoubleColumn implements FixedSizeColumn {

    private final ColumnSpec spec;
    private final double[] values;

    private DoubleColumn(String name, double[] values) {
        this.spec = ColumnSpec.doubles(name);
        this.values = values;
    }

    /** A column over {@code values}, without copying: the caller hands the array over and must not change it. */
    public static DoubleColumn of(String name, double[] values) {
        return new DoubleColumn(name, values);
    }

    public double get(int row) {
        return values[row];
    }

    /** All values, read-only and without a copy. */
    public DoubleBuffer values() {
        return DoubleBuffer.wrap(values).asReadOnlyBuffer();
    }

    /** A copy of all values. */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public int rowCount() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public String text(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public float element(int row, int index) {
        return (float) values[row];
    }

    @Override
    public void copyRows(int[] rows, float[] dest, int destOffset, int destStride) {
        FixedSizeColumn.checkCopy(this, rows.length, dest, destOffset, destStride);
        for (int i = 0, d = destOffset; i < rows.length; i++, d += destStride) {
            dest[d] = (float) values[rows[i]];
        }
    }

    @Override
    public DoubleColumn select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new DoubleColumn(spec.name(), out);
    }

    @Override
    public DoubleColumn withName(String name) {
        return new DoubleColumn(name, values);
    }

    @Override
    public long dataBytes() {
        return 8L * values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleColumn c && c.spec.equals(spec) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + values.length + " rows)";
    }

    /** Collects values one at a time, e.g. while reading a file. */
    public static final class Builder {
        private double[] values;
        private int size;

        public Builder() {
            this(1024);
        }

        /** A builder with room for {@code expectedRows} values before it grows. */
        public Builder(int expectedRows) {
            values = new double[Math.max(16, expectedRows)];
        }

        public Builder add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length + (values.length >> 1)));
            }
            values[size++] = value;
            return this;
        }

        public int size() {
            return size;
        }

        public DoubleColumn build(String name) {
            return new DoubleColumn(name, size == values.length ? values : Arrays.copyOf(values, size));
        }
    }
}
