package org.neurite.data.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortType;

/**
 * A columnar, typed table: the data that flows between data nodes, into a trainer and out of a predictor or
 * scorer. Every column holds primitive arrays (see {@link Column}); a table of 60,000 images of 28x28 floats
 * takes about 188 MB of heap. Immutable: nodes build new tables, sharing unchanged columns.
 */
public final class DataTable implements PortObject {

    /** The port type of tables; wire colour blue-green. */
    public static final PortType TYPE = new PortType("org.neurite.data.table", "Data table", TableSpec.class,
            DataTable.class, 0x2A8C82);

    private final List<Column> columns;
    private final int rowCount;
    private final TableSpec spec;
    private final String note;

    private DataTable(List<Column> columns, String note) {
        this.columns = List.copyOf(columns);
        this.note = note == null ? "" : note;
        this.rowCount = columns.isEmpty() ? 0 : columns.get(0).rowCount();
        Set<String> names = new HashSet<>();
        for (Column c : this.columns) {
            if (c.rowCount() != rowCount) {
                throw new IllegalArgumentException("Column '" + c.name() + "' has " + c.rowCount() + " rows, column '"
                        + columns.get(0).name() + "' has " + rowCount);
            }
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("Two columns are named '" + c.name() + "'");
            }
        }
        this.spec = new TableSpec(this.columns.stream().map(Column::spec).toList(), rowCount);
    }

    public static DataTable of(List<? extends Column> columns) {
        return new DataTable(new ArrayList<>(columns), "");
    }

    public static DataTable of(Column... columns) {
        return of(Arrays.asList(columns));
    }

    @Override
    public TableSpec spec() {
        return spec;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The column named {@code name}; the exception lists the columns there are. */
    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("The table has no column '" + name + "'; it has: " + spec.listColumns());
    }

    /** The column named {@code name} as the given kind, e.g. {@code column("label", CategoryColumn.class)}. */
    public <T extends Column> T column(String name, Class<T> kind) {
        Column c = column(name);
        if (!kind.isInstance(c)) {
            throw new IllegalArgumentException("Column '" + name + "' is " + c.spec().typeText() + ", not a "
                    + kind.getSimpleName());
        }
        return kind.cast(c);
    }

    public boolean hasColumn(String name) {
        return spec.indexOf(name) >= 0;
    }

    /** The given rows, in that order (rows may repeat), with every column. */
    public DataTable select(int[] rows) {
        for (int r : rows) {
            if (r < 0 || r >= rowCount) {
                throw new IndexOutOfBoundsException("Row " + r + " is not in a table of " + rowCount + " rows");
            }
        }
        return new DataTable(columns.stream().map(c -> c.select(rows)).toList(), "");
    }

    /** This table with {@code column} appended, or replacing the same-named column in place. */
    public DataTable with(Column column) {
        List<Column> list = new ArrayList<>(columns);
        int i = spec.indexOf(column.name());
        if (i >= 0) {
            list.set(i, column);
        } else {
            list.add(column);
        }
        return new DataTable(list, "");
    }

    /** This table without the named columns (names it does not have are ignored). */
    public DataTable without(String... names) {
        List<String> drop = Arrays.asList(names);
        return new DataTable(columns.stream().filter(c -> !drop.contains(c.name())).toList(), "");
    }

    /**
     * This table with a headline that {@link #summary()} puts first, e.g. {@code accuracy: 0.9712}, so batch output
     * and the workbench show what the table means.
     */
    public DataTable withNote(String headline) {
        return new DataTable(columns, headline);
    }

    /** The headline set by {@link #withNote(String)}, or empty. */
    public String note() {
        return note;
    }

    /**
     * The note when there is one (e.g. {@code accuracy: 0.9712, Cohen's kappa: 0.9680, macro F1: 0.9709 (2000 rows)}),
     * otherwise the spec's summary ({@code 8000 rows: image: tensor 28x28x1, label: category (10)}).
     */
    @Override
    public String summary() {
        return note.isEmpty() ? spec.summary() : note;
    }

    /** Bytes of primitive data held by all columns. */
    public long dataBytes() {
        return columns.stream().mapToLong(Column::dataBytes).sum();
    }

    /** Same columns, same values (NaN equals NaN); the note is not compared. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DataTable t && t.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns);
    }

    @Override
    public String toString() {
        return summary();
    }
}
