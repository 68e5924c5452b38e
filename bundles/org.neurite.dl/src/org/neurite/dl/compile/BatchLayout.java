package org.neurite.dl.compile;

import java.util.Arrays;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.dl.network.Shape;

/**
 * Turns rows as data tables store them into the arrays DL4J takes. Tables store each row's numbers
 * contiguously: a feature vector as is, an image as height x width x channels (channels innermost, "HWC"), a
 * sequence as steps x features (features innermost). DL4J wants images as [batch, channels, height, width]
 * ("NCHW") and sequences as [batch, features, steps] ("NCW"), so those are transposed here, and only here.
 */
public final class BatchLayout {

    /**
     * The array for {@code count} rows of this shape.
     *
     * @param rows  at least {@code count} rows of numbers, row after row, in the table's layout; for a sequence,
     *              every row padded to the same number of steps (see {@link #sequenceMask})
     * @param count the number of rows (the batch size)
     */
    public static INDArray toArray(Shape shape, float[] rows, int count, DataType dataType) {
        INDArray array = switch (shape) {
            case Shape.Features f -> create(rows, count, f.size());
            case Shape.Image i -> create(rows, count, i.height(), i.width(), i.channels()).permute(0, 3, 1, 2)
                    .dup('c');
            case Shape.Sequence s -> create(rows, count, steps(s, rows, count), s.features()).permute(0, 2, 1)
                    .dup('c');
        };
        return dataType == DataType.FLOAT ? array : array.castTo(dataType);
    }

    /**
     * DL4J's array shape for {@code count} rows of this shape: {@code [count, n]}, {@code [count, channels,
     * height, width]} or {@code [count, features, steps]} ({@code steps} is used when the shape's is unknown).
     */
    public static long[] arrayShape(Shape shape, int count, int steps) {
        return switch (shape) {
            case Shape.Features f -> new long[] { count, f.size() };
            case Shape.Image i -> new long[] { count, i.channels(), i.height(), i.width() };
            case Shape.Sequence s -> new long[] { count, s.features(), s.steps() == Shape.UNKNOWN ? steps : s.steps() };
        };
    }

    /** Numbers already in DL4J's layout, wrapped as an array of {@code shape} (copied only to trim or cast). */
    public static INDArray wrap(float[] data, long[] shape, DataType dataType) {
        long[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
        INDArray array = create(data, (int) shape[0], rowShape);
        return dataType == DataType.FLOAT ? array : array.castTo(dataType);
    }

    /**
     * The mask of a batch of sequences padded to {@code steps}: 1 where row {@code r} has a step, 0 after its
     * {@code lengths[r]} steps. DL4J ignores masked steps in recurrent layers and in the loss.
     */
    public static INDArray sequenceMask(int[] lengths, int steps, DataType dataType) {
        float[] mask = new float[lengths.length * steps];
        for (int r = 0; r < lengths.length; r++) {
            Arrays.fill(mask, r * steps, r * steps + Math.min(lengths[r], steps), 1f);
        }
        INDArray array = Nd4j.create(mask, new long[] { lengths.length, steps }, 'c');
        return dataType == DataType.FLOAT ? array : array.castTo(dataType);
    }

    /** One row per class index: 1 at the class, 0 elsewhere, as classification labels. */
    public static INDArray oneHot(int[] classes, int classCount, DataType dataType) {
        float[] hot = new float[classes.length * classCount];
        for (int r = 0; r < classes.length; r++) {
            if (classes[r] < 0 || classes[r] >= classCount) {
                throw new IllegalArgumentException("Row " + r + " has class " + classes[r] + ", expected 0.."
                        + (classCount - 1));
            }
            hot[r * classCount + classes[r]] = 1f;
        }
        INDArray array = Nd4j.create(hot, new long[] { classes.length, classCount }, 'c');
        return dataType == DataType.FLOAT ? array : array.castTo(dataType);
    }

    private static int steps(Shape.Sequence s, float[] rows, int count) {
        if (s.steps() != Shape.UNKNOWN) {
            return s.steps();
        }
        long perRow = rows.length / Math.max(1, count);
        if (perRow == 0 || perRow % s.features() != 0) {
            throw new IllegalArgumentException(rows.length + " numbers do not make " + count + " sequences of "
                    + s.features() + " features per step");
        }
        return (int) (perRow / s.features());
    }

    private static INDArray create(float[] rows, int count, long... rowShape) {
        long perRow = 1;
        for (long d : rowShape) {
            perRow *= d;
        }
        long needed = perRow * count;
        if (rows.length < needed) {
            throw new IllegalArgumentException(count + " rows of " + Arrays.toString(rowShape) + " need " + needed
                    + " numbers, got " + rows.length);
        }
        float[] data = rows.length == needed ? rows : Arrays.copyOf(rows, (int) needed);
        long[] shape = new long[rowShape.length + 1];
        shape[0] = count;
        System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
        return Nd4j.create(data, shape, 'c');
    }

    private BatchLayout() {
    }
}
