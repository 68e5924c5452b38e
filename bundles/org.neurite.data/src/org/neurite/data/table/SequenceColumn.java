package org.neurite.data.table;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * A column of sequences: each row holds T steps of F features, T may differ per row. All rows' steps live in
 * one {@code float[]}, step-major with features innermost: row {@code r}'s step {@code t}, feature {@code f} is
 * at {@code (offset(r) + t) * F + f}, where {@code offset(r)} counts the steps of the rows before {@code r}.
 */
public final class SequenceColumn implements Column {

    private final ColumnSpec spec;
    private final int features;
    private final float[] data;
    private final int[] offsets;

    private SequenceColumn(String name, int features, float[] data, int[] offsets) {
        this.features = features;
        this.data = data;
        this.offsets = offsets;
        if (offsets.length == 0 || offsets[0] != 0 || (long) offsets[offsets.length - 1] * features != data.length) {
            throw new IllegalArgumentException("Sequence column '" + name + "': offsets must start at 0 and end at "
                    + "the total step count (data length / features)");
        }
        int common = offsets.length > 1 ? offsets[1] - offsets[0] : ColumnSpec.VARIES;
        for (int r = 0; r + 1 < offsets.length; r++) {
            int len = offsets[r + 1] - offsets[r];
            if (len < 0) {
                throw new IllegalArgumentException("Sequence column '" + name + "': offsets must not decrease");
            }
            if (len != common) {
                common = ColumnSpec.VARIES;
            }
        }
        this.spec = ColumnSpec.sequence(name, common < 1 ? ColumnSpec.VARIES : common, features);
    }

    /**
     * A column over {@code data} and {@code offsets} without copying: the caller hands both over and must not
     * change them.
     *
     * @param features floats per step
     * @param data     all steps of all rows, step-major, features innermost
     * @param offsets  {@code rows + 1} step offsets: row {@code r} has steps {@code offsets[r] .. offsets[r+1]-1}
     */
    public static SequenceColumn of(String name, int features, float[] data, int[] offsets) {
        return new SequenceColumn(name, features, data, offsets);
    }

    public int featureCount() {
        return features;
    }

    /** Number of steps of {@code row}. */
    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The longest row's step count. */
    public int maxLength() {
        int max = 0;
        for (int r = 0; r + 1 < offsets.length; r++) {
            max = Math.max(max, offsets[r + 1] - offsets[r]);
        }
        return max;
    }

    public float get(int row, int step, int feature) {
        return data[(offsets[row] + step) * features + feature];
    }

    /** All steps of all rows, read-only and without a copy. */
    public FloatBuffer data() {
        return FloatBuffer.wrap(data).asReadOnlyBuffer();
    }

    /** The first step of {@code row} in {@link #data()} (multiply by the feature count for a float index). */
    public int offset(int row) {
        return offsets[row];
    }

    /** Copies one row's {@code length(row) * featureCount()} floats, step-major, into {@code dest}. */
    public void copyRow(int row, float[] dest, int destOffset) {
        System.arraycopy(data, offsets[row] * features, dest, destOffset, length(row) * features);
    }

    /**
     * Fills a recurrent network's mini-batch in features-first order {@code [rows, F, steps]} (DL4J's NCW) with a
     * mask {@code [rows, steps]}: 1 where a row has a step, 0 where it was padded. Shorter rows are padded with 0
     * at the end; longer rows keep their last {@code steps} steps (the most recent, which usually decide a label).
     *
     * @param mask       may be null when every row has exactly {@code steps} steps
     * @param maskOffset where the mask of {@code rows[0]} starts in {@code mask}
     */
    public void copyRowsFeaturesFirst(int[] rows, int steps, float[] dest, int destOffset, float[] mask,
            int maskOffset) {
        int block = features * steps;
        if (destOffset < 0 || destOffset + (long) rows.length * block > dest.length) {
            throw new IndexOutOfBoundsException("Copying " + rows.length + " sequences of " + steps + " x " + features
                    + " needs " + (long) rows.length * block + " floats from " + destOffset + ", the destination has "
                    + dest.length);
        }
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            int len = length(row);
            int skip = Math.max(0, len - steps);
            int used = Math.min(len, steps);
            if (mask == null && used != steps) {
                throw new IllegalArgumentException("Row " + row + " of sequence column '" + spec.name() + "' has "
                        + len + " steps, not " + steps + "; pass a mask");
            }
            int base = destOffset + i * block;
            Arrays.fill(dest, base, base + block, 0f);
            int src = (offsets[row] + skip) * features;
            for (int t = 0; t < used; t++) {
                for (int f = 0; f < features; f++) {
                    dest[base + f * steps + t] = data[src + t * features + f];
                }
            }
            if (mask != null) {
                int m = maskOffset + i * steps;
                Arrays.fill(mask, m, m + used, 1f);
                Arrays.fill(mask, m + used, m + steps, 0f);
            }
        }
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public int rowCount() {
        return offsets.length - 1;
    }

    /** A sequence row is missing when it has no steps. */
    @Override
    public boolean isMissing(int row) {
        return length(row) == 0;
    }

    /** Steps separated by {@code ;}, features by spaces: {@code 0.1 0.2;0.3 0.4}. */
    @Override
    public String text(int row) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < length(row); t++) {
            if (t > 0) {
                b.append(';');
            }
            for (int f = 0; f < features; f++) {
                if (f > 0) {
                    b.append(' ');
                }
                b.append(get(row, t, f));
            }
        }
        return b.toString();
    }

    @Override
    public SequenceColumn select(int[] rows) {
        int[] outOffsets = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            outOffsets[i + 1] = outOffsets[i] + length(rows[i]);
        }
        float[] out = new float[outOffsets[rows.length] * features];
        for (int i = 0; i < rows.length; i++) {
            copyRow(rows[i], out, outOffsets[i] * features);
        }
        return new SequenceColumn(spec.name(), features, out, outOffsets);
    }

    @Override
    public SequenceColumn withName(String name) {
        return new SequenceColumn(name, features, data, offsets);
    }

    @Override
    public long dataBytes() {
        return 4L * data.length + 4L * offsets.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequenceColumn c && c.spec.equals(spec) && Arrays.equals(c.offsets, offsets)
                && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + rowCount() + " rows)";
    }

    /** Collects sequences one at a time. */
    public static final class Builder {
        private final int features;
        private float[] data = new float[4096];
        private int[] offsets = new int[257];
        private int rows;
        private int steps;

        public Builder(int features) {
            if (features < 1) {
                throw new IllegalArgumentException("A sequence needs at least one feature");
            }
            this.features = features;
        }

        /** Appends one sequence of {@code length} steps: {@code length * features} floats of {@code src} from 0. */
        public Builder add(float[] src, int length) {
            long needed = (long) (steps + length) * features;
            if (needed > data.length) {
                long grown = Math.max(needed, data.length + (long) (data.length >> 1));
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("A sequence column holds at most " + (Integer.MAX_VALUE - 16)
                            + " floats");
                }
                data = Arrays.copyOf(data, (int) grown);
            }
            System.arraycopy(src, 0, data, steps * features, length * features);
            steps += length;
            if (rows + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[++rows] = steps;
            return this;
        }

        public int size() {
            return rows;
        }

        public SequenceColumn build(String name) {
            return new SequenceColumn(name, features, Arrays.copyOf(data, steps * features),
                    Arrays.copyOf(offsets, rows + 1));
        }
    }
}
