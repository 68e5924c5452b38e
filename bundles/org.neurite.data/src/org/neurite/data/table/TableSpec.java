package org.neurite.data.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortSpec;

/**
 * What a {@link DataTable} will hold, known at configure time: its columns in order and, when known, its row
 * count. Downstream nodes infer their own outputs from it (a trainer reads the image shape and the number of
 * classes here) without touching data. Immutable.
 *
 * @param columns  the columns in order; names are unique
 * @param rowCount number of rows, or {@link #UNKNOWN_ROWS} before execution when it cannot be known cheaply
 */
public record TableSpec(List<ColumnSpec> columns, int rowCount) implements PortSpec {

    public static final int UNKNOWN_ROWS = -1;

    public TableSpec {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (ColumnSpec c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("Two columns are named '" + c.name() + "'");
            }
        }
        if (rowCount < UNKNOWN_ROWS) {
            throw new IllegalArgumentException("Row count must be -1 (unknown) or at least 0, got " + rowCount);
        }
    }

    public static TableSpec of(int rowCount, ColumnSpec... columns) {
        return new TableSpec(Arrays.asList(columns), rowCount);
    }

    public boolean rowCountKnown() {
        return rowCount != UNKNOWN_ROWS;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Index of the column named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The column a setting names, for configure-time validation. {@code role} says what the setting is, e.g.
     * {@code setting 'labelColumn' (Label column)}; the message lists the columns there are.
     *
     * @param allowed the types the node accepts; none means any
     */
    public ColumnSpec require(String name, String role, ColumnType... allowed) throws InvalidConfigurationException {
        if (name == null || name.isBlank()) {
            throw new InvalidConfigurationException(role + " names no column; the input has: " + listColumns());
        }
        ColumnSpec c = column(name).orElseThrow(() -> new InvalidConfigurationException(
                role + ": the input has no column '" + name + "'; it has: " + listColumns()));
        if (allowed.length > 0 && !Arrays.asList(allowed).contains(c.type())) {
            throw new InvalidConfigurationException(role + ": column '" + name + "' is " + c.typeText() + ", but "
                    + Arrays.stream(allowed).map(ColumnType::label).collect(Collectors.joining(" or "))
                    + " is needed");
        }
        return c;
    }

    /** {@code a (double), b (category (3))}: the columns as messages list them. */
    public String listColumns() {
        if (columns.isEmpty()) {
            return "no columns";
        }
        return columns.stream().map(c -> c.name() + " (" + c.typeText() + ")").collect(Collectors.joining(", "));
    }

    /** This spec with one more column at the end (or the same-named column replaced in place). */
    public TableSpec with(ColumnSpec column) {
        List<ColumnSpec> list = new ArrayList<>(columns);
        int i = indexOf(column.name());
        if (i >= 0) {
            list.set(i, column);
        } else {
            list.add(column);
        }
        return new TableSpec(list, rowCount);
    }

    /** This spec without the named columns (names it does not have are ignored). */
    public TableSpec without(List<String> names) {
        return new TableSpec(columns.stream().filter(c -> !names.contains(c.name())).toList(), rowCount);
    }

    public TableSpec withRowCount(int rows) {
        return new TableSpec(columns, rows);
    }

    /** {@code 150 rows x 5 columns (4 double, 1 category)}, or the columns themselves when there are few. */
    @Override
    public String summary() {
        String rows = rowCountKnown() ? rowCount + (rowCount == 1 ? " row" : " rows") : "? rows";
        if (columns.size() <= 3) {
            return rows + ": " + (columns.isEmpty() ? "no columns"
                    : columns.stream().map(ColumnSpec::describe).collect(Collectors.joining(", ")));
        }
        Map<ColumnType, Integer> counts = new EnumMap<>(ColumnType.class);
        columns.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return rows + " x " + columns.size() + " columns (" + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String details() {
        StringBuilder b = new StringBuilder(rowCountKnown() ? rowCount + " rows" : "row count known after execution");
        for (ColumnSpec c : columns) {
            b.append('\n').append(c.describe());
            if (c.type() == ColumnType.CATEGORY && !c.categories().isEmpty()) {
                List<String> cats = c.categories();
                b.append(": ").append(String.join(", ", cats.subList(0, Math.min(10, cats.size()))))
                        .append(cats.size() > 10 ? ", ..." : "");
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableSpec t && t.rowCount == rowCount && t.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, rowCount);
    }
}
