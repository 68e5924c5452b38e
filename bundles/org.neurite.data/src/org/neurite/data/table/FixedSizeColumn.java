package org.neurite.data.table;

/**
 * A column whose every row is the same number of floats ({@link #elementCount()}): double, int, category (the
 * code) and tensor columns. Its bulk copies are how a trainer fills a mini-batch: for features from several
 * columns, copy each with the same stride (the total width) and its own offset.
 */
public sealed interface FixedSizeColumn extends Column permits DoubleColumn, IntColumn, CategoryColumn, TensorColumn {

    /** Floats per row: 1, or a tensor's element count. */
    default int elementCount() {
        return spec().elementCount();
    }

    /** Element {@code index} of {@code row} as a float (a category's code, an int's value). */
    float element(int row, int index);

    /**
     * Copies the given rows into {@code dest}: row {@code rows[i]} goes to
     * {@code dest[destOffset + i * destStride ..+ elementCount()]}.
     *
     * @param destStride floats between the starts of two consecutive rows in {@code dest}, at least
     *                   {@link #elementCount()}
     */
    void copyRows(int[] rows, float[] dest, int destOffset, int destStride);

    /** Copies the given rows packed one after another: {@code rows.length * elementCount()} floats. */
    default void copyRows(int[] rows, float[] dest, int destOffset) {
        copyRows(rows, dest, destOffset, elementCount());
    }

    /** Copies rows {@code from .. from+count-1} packed one after another. */
    default void copyRange(int from, int count, float[] dest, int destOffset) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = from + i;
        }
        copyRows(rows, dest, destOffset);
    }

    @Override
    FixedSizeColumn select(int[] rows);

    @Override
    FixedSizeColumn withName(String name);

    /** Checks arguments of the bulk copies, with a message that says what does not fit. */
    static void checkCopy(FixedSizeColumn c, int rowCount, float[] dest, int destOffset, int destStride) {
        int e = c.elementCount();
        if (destStride < e) {
            throw new IllegalArgumentException("Column '" + c.name() + "' has " + e
                    + " floats per row; stride " + destStride + " is too small");
        }
        long needed = rowCount == 0 ? 0 : destOffset + (long) (rowCount - 1) * destStride + e;
        if (destOffset < 0 || needed > dest.length) {
            throw new IndexOutOfBoundsException("Copying " + rowCount + " rows of column '" + c.name() + "' needs "
                    + needed + " floats, the destination has " + dest.length);
        }
    }
}
