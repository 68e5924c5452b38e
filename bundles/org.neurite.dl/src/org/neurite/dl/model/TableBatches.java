package org.neurite.dl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.FixedSizeColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TensorColumn;
import org.neurite.dl.network.Objective;
import org.neurite.dl.network.Shape;

/**
 * Turns rows of a table into the arrays a DL4J graph takes, straight from the columns' primitive arrays: no
 * object per row or cell. Images become channels-first ({@code [n, channels, height, width]}), sequences
 * features-first ({@code [n, features, steps]}, with a mask when rows differ in length), several numeric columns
 * one feature vector side by side; classification targets become one-hot rows.
 *
 * <p>Not thread-safe: one reader per thread, or one {@link Buffers} per thread.
 */
public final class TableBatches {

    /**
     * The arrays for some rows. The label values stay valid until the {@link Buffers} they came from are used
     * again.
     *
     * @param features     one array per network input
     * @param featureMasks one mask per input, {@code null} for inputs that need none; or {@code null} for none
     * @param labels       the targets, or {@code null} when reading features only
     * @param labelValues  the targets as the floats {@code labels} was made of (row after row), or {@code null}
     * @param size         the number of rows
     */
    public record Batch(INDArray[] features, INDArray[] featureMasks, INDArray labels, float[] labelValues,
            int size) {
    }

    /** Reusable arrays to fill a batch in; one set per thread that reads. */
    public static final class Buffers {
        private final Map<String, float[]> arrays = new HashMap<>();

        float[] get(String key, int length) {
            float[] a = arrays.get(key);
            if (a == null || a.length != length) {
                a = new float[length];
                arrays.put(key, a);
            }
            return a;
        }
    }

    private sealed interface InputFeed {
        record Vector(List<FixedSizeColumn> columns, int width) implements InputFeed {
        }

        record Image(TensorColumn column, int channels, int height, int width) implements InputFeed {
        }

        record Sequence(SequenceColumn column, int steps) implements InputFeed {
        }
    }

    private final List<InputFeed> inputs = new ArrayList<>();
    private final FixedSizeColumn target;
    private final int labelWidth;
    private final boolean oneHot;
    private final DataType dataType;
    private final int rowCount;

    private TableBatches(DataTable table, ColumnMapping mapping, FixedSizeColumn target, int labelWidth,
            DataType dataType) {
        for (InputColumns in : mapping.inputs()) {
            inputs.add(feed(table, in));
        }
        this.target = target;
        this.labelWidth = labelWidth;
        this.oneHot = target != null && mapping.objective() == Objective.CLASSIFICATION
                && (target.type() == ColumnType.CATEGORY || target.type() == ColumnType.INT);
        this.dataType = dataType;
        this.rowCount = table.rowCount();
    }

    /** Reads features and targets; {@code outputUnits} is the size of the network's output. */
    public static TableBatches withTargets(DataTable table, ColumnMapping mapping, int outputUnits,
            DataType dataType) {
        Column target = table.column(mapping.target().name());
        if (!(target instanceof FixedSizeColumn fixed)) {
            throw new IllegalArgumentException("Target column '" + target.name() + "' is " + target.spec().typeText()
                    + "; a prediction per sequence step is not supported");
        }
        return new TableBatches(table, mapping, fixed, outputUnits, dataType);
    }

    /** Reads features only, e.g. to predict. */
    public static TableBatches featuresOnly(DataTable table, ColumnMapping mapping, DataType dataType) {
        return new TableBatches(table, mapping, null, 0, dataType);
    }

    private static InputFeed feed(DataTable table, InputColumns in) {
        return switch (in.shape()) {
            case Shape.Image i -> new InputFeed.Image(table.column(in.columns().get(0).name(), TensorColumn.class),
                    i.channels(), i.height(), i.width());
            case Shape.Sequence s -> new InputFeed.Sequence(
                    table.column(in.columns().get(0).name(), SequenceColumn.class), s.steps());
            case Shape.Features f -> new InputFeed.Vector(in.columns().stream()
                    .map(c -> (FixedSizeColumn) table.column(c.name())).toList(), f.size());
        };
    }

    public int rowCount() {
        return rowCount;
    }

    /** The arrays for {@code rows}, filled through {@code buffers}. */
    public Batch read(int[] rows, Buffers buffers) {
        int n = rows.length;
        INDArray[] features = new INDArray[inputs.size()];
        INDArray[] masks = null;
        for (int i = 0; i < inputs.size(); i++) {
            String key = "in" + i;
            switch (inputs.get(i)) {
                case InputFeed.Vector v -> {
                    float[] data = buffers.get(key, n * v.width());
                    int offset = 0;
                    for (FixedSizeColumn c : v.columns()) {
                        c.copyRows(rows, data, offset, v.width());
                        offset += c.elementCount();
                    }
                    features[i] = array(data, n, v.width());
                }
                case InputFeed.Image im -> {
                    float[] data = buffers.get(key, n * im.channels() * im.height() * im.width());
                    if (im.column().shape().length == 3) {
                        im.column().copyRowsChannelsFirst(rows, data, 0);
                    } else {
                        im.column().copyRows(rows, data, 0);
                    }
                    features[i] = array(data, n, im.channels(), im.height(), im.width());
                }
                case InputFeed.Sequence s -> {
                    SequenceColumn column = s.column();
                    int steps = s.steps();
                    boolean ragged = false;
                    if (steps == Shape.UNKNOWN) {
                        steps = 1;
                        for (int r : rows) {
                            steps = Math.max(steps, column.length(r));
                        }
                    }
                    for (int r : rows) {
                        ragged |= column.length(r) != steps;
                    }
                    int f = column.featureCount();
                    float[] data = buffers.get(key, n * f * steps);
                    float[] mask = ragged ? buffers.get(key + "mask", n * steps) : null;
                    column.copyRowsFeaturesFirst(rows, steps, data, 0, mask, 0);
                    features[i] = array(data, n, f, steps);
                    if (ragged) {
                        masks = masks == null ? new INDArray[inputs.size()] : masks;
                        masks[i] = array(mask, n, steps);
                    }
                }
            }
        }
        if (target == null) {
            return new Batch(features, masks, null, null, n);
        }
        float[] labels = buffers.get("labels", n * labelWidth);
        if (oneHot) {
            if (target instanceof CategoryColumn c) {
                c.copyOneHot(rows, labels, 0, labelWidth);
            } else {
                ((IntColumn) target).copyOneHot(rows, labels, 0, labelWidth);
            }
        } else {
            target.copyRows(rows, labels, 0);
        }
        return new Batch(features, masks, array(labels, n, labelWidth), labels, n);
    }

    private INDArray array(float[] data, long... shape) {
        INDArray a = Nd4j.create(data, shape, 'c');
        return dataType == DataType.FLOAT ? a : a.castTo(dataType);
    }

    /** Rows whose features or target are missing, at most {@code limit} of them: a trainer refuses them. */
    public static List<String> missingValues(DataTable table, ColumnMapping mapping, boolean withTarget, int limit) {
        List<String> problems = new ArrayList<>();
        List<String> columns = new ArrayList<>(mapping.featureColumns());
        if (withTarget) {
            columns.add(mapping.target().name());
        }
        for (String name : columns) {
            Column c = table.column(name);
            int count = 0;
            int first = -1;
            for (int r = 0; r < c.rowCount(); r++) {
                if (hasMissing(c, r)) {
                    count++;
                    first = first < 0 ? r : first;
                }
            }
            if (count > 0 && problems.size() < limit) {
                problems.add("column '" + name + "' has " + count + " missing value" + (count == 1 ? "" : "s")
                        + " (first in row " + first + ")");
            }
        }
        return problems;
    }

    /** Any missing number counts for a tensor or sequence: one NaN poisons the loss. */
    private static boolean hasMissing(Column c, int row) {
        if (c instanceof TensorColumn t) {
            for (int i = 0, n = t.elementCount(); i < n; i++) {
                if (Float.isNaN(t.get(row, i))) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof SequenceColumn s) {
            for (int step = 0; step < s.length(row); step++) {
                for (int f = 0; f < s.featureCount(); f++) {
                    if (Float.isNaN(s.get(row, step, f))) {
                        return true;
                    }
                }
            }
            return s.length(row) == 0;
        }
        return c.isMissing(row);
    }
}
