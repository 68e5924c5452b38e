package org.neurite.data.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.FixedSizeColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortType;
import org.neurite.engine.settings.Choice;

/**
 * Fitted normalization parameters: for each column an offset and a scale, learnt on one table (the training data)
 * and applied to any table with the same columns as {@code (value - offset) / scale}. Double and int columns become
 * double columns; a tensor column stays a tensor, with one offset and scale for all its elements.
 *
 * @param method  how the parameters were fitted
 * @param columns per column: its name, offset and scale
 */
public record NormalizerModel(Method method, List<Parameters> columns) implements PortObject {

    public static final PortType TYPE = new PortType("org.neurite.data.normalizer", "Normalizer parameters",
            NormalizerSpec.class, NormalizerModel.class, 0x8C6D2A);

    public enum Method implements Choice {
        MIN_MAX("Min-max to 0..1"), Z_SCORE("Z-score (mean 0, standard deviation 1)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * One column's parameters.
     *
     * @param column the column name
     * @param offset subtracted first (the minimum, or the mean)
     * @param scale  divided by next (max - min, or the standard deviation; 1 when that is 0)
     */
    public record Parameters(String column, double offset, double scale) {
    }

    public NormalizerModel {
        columns = List.copyOf(columns);
    }

    @Override
    public NormalizerSpec spec() {
        return new NormalizerSpec(method, columns.stream().map(Parameters::column).toList());
    }

    @Override
    public String summary() {
        return method.label() + ": " + columns.stream().limit(4)
                .map(p -> String.format(Locale.ROOT, "%s (offset %.4g, scale %.4g)", p.column(), p.offset(), p.scale()))
                .collect(Collectors.joining(", ")) + (columns.size() > 4 ? ", ..." : "");
    }

    /** Fits the parameters of {@code columnNames} on {@code table}. */
    public static NormalizerModel fit(DataTable table, List<String> columnNames, Method method) {
        List<Parameters> params = new ArrayList<>();
        for (String name : columnNames) {
            FixedSizeColumn c = (FixedSizeColumn) table.column(name);
            int elements = c.elementCount();
            Statistics stats = new Statistics();
            for (int r = 0; r < c.rowCount(); r++) {
                for (int i = 0; i < elements; i++) {
                    stats.add(c instanceof DoubleColumn d ? d.get(r) : c.element(r, i));
                }
            }
            params.add(new Parameters(name, stats.offset(method), stats.scale(method)));
        }
        return new NormalizerModel(method, params);
    }

    /** The spec of {@code in} after {@link #apply}; fails naming a column {@code in} lacks or has of another kind. */
    public static TableSpec applySpec(TableSpec in, NormalizerSpec model) throws InvalidConfigurationException {
        TableSpec out = in;
        for (String name : model.columns()) {
            ColumnSpec c = in.column(name).orElseThrow(() -> new InvalidConfigurationException("the normalizer was "
                    + "fitted on column '" + name + "', which this table lacks; it has: " + in.listColumns()));
            if (c.type() == ColumnType.DOUBLE || c.type() == ColumnType.INT) {
                out = out.with(ColumnSpec.doubles(name));
            } else if (c.type() != ColumnType.TENSOR) {
                throw new InvalidConfigurationException("column '" + name + "' is " + c.typeText()
                        + "; a normalizer rescales double, int and tensor columns");
            }
        }
        return out;
    }

    /** Rescales this model's columns of {@code table} with the fitted parameters; other columns stay as they are. */
    public DataTable apply(DataTable table) {
        DataTable out = table;
        for (Parameters p : columns) {
            Column c = table.column(p.column());
            if (c instanceof TensorColumn t) {
                float[] data = new float[t.rowCount() * t.elementCount()];
                t.copyRange(0, t.rowCount(), data, 0);
                for (int i = 0; i < data.length; i++) {
                    data[i] = (float) ((data[i] - p.offset()) / p.scale());
                }
                out = out.with(TensorColumn.of(p.column(), t.shape(), data));
            } else {
                FixedSizeColumn f = (FixedSizeColumn) c;
                double[] values = new double[f.rowCount()];
                for (int r = 0; r < values.length; r++) {
                    double v = f instanceof DoubleColumn d ? d.get(r) : f.element(r, 0);
                    values[r] = (v - p.offset()) / p.scale();
                }
                out = out.with(DoubleColumn.of(p.column(), values));
            }
        }
        return out;
    }
}
