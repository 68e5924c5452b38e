package org.neurite.data.table;

/**
 * One column of a {@link DataTable}: primitive arrays, never an object per cell. Immutable. The five kinds:
 * <ul>
 * <li>{@link DoubleColumn}: {@code double[]}; missing = NaN</li>
 * <li>{@link IntColumn}: {@code int[]}; missing = {@link IntColumn#MISSING}</li>
 * <li>{@link CategoryColumn}: {@code int[]} codes into the spec's category list; missing = -1</li>
 * <li>{@link TensorColumn}: one {@code float[]} of rows x elements, row-major (for images: row, then height,
 * width, channel, i.e. NHWC)</li>
 * <li>{@link SequenceColumn}: one {@code float[]} of all steps (step-major, features innermost) plus row offsets</li>
 * </ul>
 * The first four have the same number of floats in every row and implement {@link FixedSizeColumn}, whose bulk
 * copies fill a trainer's mini-batch buffer directly.
 */
public sealed interface Column permits FixedSizeColumn, SequenceColumn {

    ColumnSpec spec();

    default String name() {
        return spec().name();
    }

    default ColumnType type() {
        return spec().type();
    }

    int rowCount();

    /** Whether the cell of {@code row} holds no value. */
    boolean isMissing(int row);

    /** The cell as text, as a CSV writer or a table view shows it; empty when missing. */
    String text(int row);

    /** A column of the given rows, in that order (rows may repeat). */
    Column select(int[] rows);

    Column withName(String name);

    /** Bytes of primitive data this column holds (arrays only, no object headers). */
    long dataBytes();
}
