package org.neurite.data.table;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A column of fixed-shape float blocks, e.g. 28x28x1 images. All rows live in one {@code float[]} of
 * {@code rows x elementCount} floats, row-major: row {@code r}'s element {@code (i, j, k)} of shape
 * {@code [H, W, C]} is at {@code r*H*W*C + (i*W + j)*C + k}. For images the shape is height, width, channels
 * (NHWC when rows are stacked); {@link #copyRowsChannelsFirst} gives NCHW for frameworks that want it.
 */
public final class TensorColumn implements FixedSizeColumn {

    private final ColumnSpec spec;
    private final int elements;
    private final float[] data;

    private TensorColumn(String name, int[] shape, float[] data) {
        this.spec = ColumnSpec.tensor(name, shape);
        this.elements = spec.elementCount();
        if (data.length % elements != 0) {
            throw new IllegalArgumentException("Tensor column '" + name + "' of shape " + ColumnSpec.dims(shape)
                    + " needs a multiple of " + elements + " floats, got " + data.length);
        }
        this.data = data;
    }

    /**
     * A column over {@code data} (rows x elements, row-major), without copying: the caller hands the array over and
     * must not change it.
     */
    public static TensorColumn of(String name, int[] shape, float[] data) {
        return new TensorColumn(name, shape, data);
    }

    /** The shape of one row, e.g. {@code [28, 28, 1]}. */
    public int[] shape() {
        return spec.shape();
    }

    /** All rows' floats, read-only and without a copy. */
    public FloatBuffer data() {
        return FloatBuffer.wrap(data).asReadOnlyBuffer();
    }

    /** Element {@code index} (row-major within the row) of {@code row}. */
    public float get(int row, int index) {
        return data[row * elements + index];
    }

    /** Copies one row's floats into {@code dest} at {@code destOffset}. */
    public void copyRow(int row, float[] dest, int destOffset) {
        System.arraycopy(data, row * elements, dest, destOffset, elements);
    }

    /**
     * Copies rows of a rank-3 {@code [H, W, C]} tensor into channels-first order {@code [C, H, W]} (NCHW), packed
     * one row after another. For one channel this is the same as {@link #copyRows(int[], float[], int)}.
     */
    public void copyRowsChannelsFirst(int[] rows, float[] dest, int destOffset) {
        int[] s = spec.shape();
        if (s.length != 3) {
            throw new IllegalStateException("Column '" + spec.name() + "' has shape " + ColumnSpec.dims(s)
                    + "; channels-first needs height x width x channels");
        }
        int h = s[0], w = s[1], c = s[2];
        if (c == 1) {
            copyRows(rows, dest, destOffset);
            return;
        }
        FixedSizeColumn.checkCopy(this, rows.length, dest, destOffset, elements);
        for (int i = 0; i < rows.length; i++) {
            int src = rows[i] * elements;
            int dst = destOffset + i * elements;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int p = (y * w + x) * c;
                    for (int k = 0; k < c; k++) {
                        dest[dst + k * h * w + y * w + x] = data[src + p + k];
                    }
                }
            }
        }
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public int rowCount() {
        return data.length / elements;
    }

    /** A tensor row is missing when all its elements are NaN. */
    @Override
    public boolean isMissing(int row) {
        for (int i = row * elements, end = i + elements; i < end; i++) {
            if (!Float.isNaN(data[i])) {
                return false;
            }
        }
        return true;
    }

    /** The elements separated by spaces, row-major. */
    @Override
    public String text(int row) {
        StringBuilder b = new StringBuilder(elements * 4);
        for (int i = 0; i < elements; i++) {
            float v = data[row * elements + i];
            if (i > 0) {
                b.append(' ');
            }
            if (!Float.isNaN(v)) {
                b.append(v == Math.rint(v) && Math.abs(v) < 1e7 ? Long.toString((long) v) : Float.toString(v));
            }
        }
        return b.toString();
    }

    @Override
    public float element(int row, int index) {
        return data[row * elements + index];
    }

    @Override
    public void copyRows(int[] rows, float[] dest, int destOffset, int destStride) {
        FixedSizeColumn.checkCopy(this, rows.length, dest, destOffset, destStride);
        for (int i = 0, d = destOffset; i < rows.length; i++, d += destStride) {
            System.arraycopy(data, rows[i] * elements, dest, d, elements);
        }
    }

    @Override
    public void copyRange(int from, int count, float[] dest, int destOffset) {
        System.arraycopy(data, from * elements, dest, destOffset, count * elements);
    }

    @Override
    public TensorColumn select(int[] rows) {
        float[] out = new float[rows.length * elements];
        copyRows(rows, out, 0);
        return new TensorColumn(spec.name(), spec.shape(), out);
    }

    @Override
    public TensorColumn withName(String name) {
        return new TensorColumn(name, spec.shape(), data);
    }

    /** The same floats seen with another shape of the same element count, e.g. 784 as 28x28x1. */
    public TensorColumn reshaped(int... newShape) {
        return new TensorColumn(spec.name(), newShape, data);
    }

    @Override
    public long dataBytes() {
        return 4L * data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorColumn c && c.spec.equals(spec) && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + rowCount() + " rows)";
    }

    /** Collects rows one at a time; give the row count up front when known to avoid copies. */
    public static final class Builder {
        private final int[] shape;
        private final int elements;
        private float[] data;
        private int rows;

        public Builder(int[] shape, int expectedRows) {
            this.shape = shape.clone();
            this.elements = ColumnSpec.tensor("t", shape).elementCount();
            this.data = new float[Math.max(1, expectedRows) * elements];
        }

        /** Appends one row: {@code elementCount} floats of {@code src} from {@code offset}. */
        public Builder add(float[] src, int offset) {
            ensure(rows + 1);
            System.arraycopy(src, offset, data, rows * elements, elements);
            rows++;
            return this;
        }

        /** Appends one row of {@code elementCount} floats. */
        public Builder add(float[] row) {
            return add(row, 0);
        }

        private void ensure(int neededRows) {
            if ((long) neededRows * elements > data.length) {
                long grown = Math.max((long) neededRows * elements, data.length + (long) (data.length >> 1));
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("A tensor column holds at most " + (Integer.MAX_VALUE - 16)
                            + " floats (" + (Integer.MAX_VALUE - 16) / elements + " rows of " + elements + ")");
                }
                data = Arrays.copyOf(data, (int) grown);
            }
        }

        public int size() {
            return rows;
        }

        public TensorColumn build(String name) {
            float[] exact = data.length == rows * elements ? data : Arrays.copyOf(data, rows * elements);
            data = new float[0];
            return new TensorColumn(name, shape, exact);
        }
    }
}
