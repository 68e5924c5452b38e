package org.neurite.data.table;

import java.nio.IntBuffer;
import java.util.Arrays;

/** A column of 32-bit whole numbers; a missing value is {@link #MISSING}. */
public final class IntColumn implements FixedSizeColumn {

    /** The value that stands for a missing cell. */
    public static final int MISSING = Integer.MIN_VALUE;

    private final ColumnSpec spec;
    private final int[] values;

    private IntColumn(String name, int[] values) {
        this.spec = ColumnSpec.ints(name);
        this.values = values;
    }

    /** A column over {@code values}, without copying: the caller hands the array over and must not change it. */
    public static IntColumn of(String name, int[] values) {
        return new IntColumn(name, values);
    }

    public int get(int row) {
        return values[row];
    }

    /** All values, read-only and without a copy. */
    public IntBuffer values() {
        return IntBuffer.wrap(values).asReadOnlyBuffer();
    }

    public int[] toArray() {
        return values.clone();
    }

    /**
     * Writes one-hot rows for class labels: row {@code rows[i]} sets {@code dest[destOffset + i * classCount + value]}
     * to 1 and the rest of its {@code classCount} floats to 0. A missing or out-of-range value leaves all 0.
     */
    public void copyOneHot(int[] rows, float[] dest, int destOffset, int classCount) {
        CategoryColumn.oneHot(values, rows, dest, destOffset, classCount);
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
        return values[row] == MISSING;
    }

    @Override
    public String text(int row) {
        return values[row] == MISSING ? "" : Integer.toString(values[row]);
    }

    @Override
    public float element(int row, int index) {
        return values[row] == MISSING ? Float.NaN : values[row];
    }

    @Override
    public void copyRows(int[] rows, float[] dest, int destOffset, int destStride) {
        FixedSizeColumn.checkCopy(this, rows.length, dest, destOffset, destStride);
        for (int i = 0, d = destOffset; i < rows.length; i++, d += destStride) {
            int v = values[rows[i]];
            dest[d] = v == MISSING ? Float.NaN : v;
        }
    }

    @Override
    public IntColumn select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new IntColumn(spec.name(), out);
    }

    @Override
    public IntColumn withName(String name) {
        return new IntColumn(name, values);
    }

    @Override
    public long dataBytes() {
        return 4L * values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntColumn c && c.spec.equals(spec) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + values.length + " rows)";
    }

    /** Collects values one at a time. */
    public static final class Builder {
        private int[] values;
        private int size;

        public Builder() {
            this(1024);
        }

        /** A builder with room for {@code expectedRows} values before it grows. */
        public Builder(int expectedRows) {
            values = new int[Math.max(16, expectedRows)];
        }

        public Builder add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length + (values.length >> 1)));
            }
            values[size++] = value;
            return this;
        }

        public int size() {
            return size;
        }

        public IntColumn build(String name) {
            return new IntColumn(name, size == values.length ? values : Arrays.copyOf(values, size));
        }
    }
}
