package org.neurite.data.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;

/**
 * The columns of a CSV file as far as its header and first rows show: names, and for each column the narrowest
 * type all sampled values fit (int, then double, else category), with the category values seen.
 *
 * @param names   column names, from the header or {@code column1, column2, ...}
 * @param columns one spec per column
 * @param sampled rows looked at
 * @param whole   whether the sample covered the whole file
 * @param bytesPerRow average bytes of a sampled row, for sizing the columns before reading
 */
record CsvSchema(List<String> names, List<ColumnSpec> columns, int sampled, boolean whole, double bytesPerRow) {

    /**
     * @param sampleRows rows to look at after the header; 0 for all
     * @param overrides  column name to type, replacing inference
     */
    static CsvSchema infer(Path file, CsvFormat format, boolean header, int sampleRows,
            Map<String, ColumnType> overrides) throws IOException {
        try (CsvTokenizer t = format.open(file)) {
            List<String> names = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            boolean hasRecord = t.next();
            if (hasRecord && header) {
                for (int i = 0; i < t.fieldCount(); i++) {
                    String name = t.text(i);
                    names.add(name.isEmpty() ? "column" + (i + 1) : name);
                }
                hasRecord = t.next();
            }
            int rows = 0;
            long sampleStart = t.bytesConsumed();
            while (hasRecord && (sampleRows == 0 || rows < sampleRows)) {
                while (!header && names.size() < t.fieldCount()) {
                    names.add("column" + (names.size() + 1));
                }
                for (int i = 0; i < Math.min(t.fieldCount(), names.size()); i++) {
                    while (kinds.size() <= i) {
                        kinds.add(new Kind());
                    }
                    if (!format.isMissing(t, i)) {
                        kinds.get(i).see(t, i);
                    }
                }
                rows++;
                hasRecord = t.next();
            }
            List<ColumnSpec> specs = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Kind k = i < kinds.size() ? kinds.get(i) : new Kind();
                ColumnType type = overrides.getOrDefault(names.get(i), k.type());
                specs.add(switch (type) {
                    case INT -> ColumnSpec.ints(names.get(i));
                    case CATEGORY -> ColumnSpec.category(names.get(i), k.sortedTexts());
                    default -> ColumnSpec.doubles(names.get(i));
                });
            }
            double perRow = rows == 0 ? 0 : (double) (t.bytesConsumed() - sampleStart) / rows;
            return new CsvSchema(names, specs, rows, !hasRecord, perRow);
        }
    }

    /** Column names that occur twice, with their positions, or empty. */
    String duplicateNames() {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            positions.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(i + 1);
        }
        StringBuilder b = new StringBuilder();
        positions.forEach((name, at) -> {
            if (at.size() > 1) {
                b.append(b.isEmpty() ? "" : "; ").append("columns ").append(at).append(" are all named '")
                        .append(name).append("'");
            }
        });
        return b.toString();
    }

    /** What one column's sampled values fit. */
    private static final class Kind {
        boolean allInt = true;
        boolean allNumber = true;
        boolean any;
        final Map<String, Boolean> texts = new HashMap<>();

        int seen;

        void see(CsvTokenizer t, int i) {
            any = true;
            // numbers are kept as texts too while the sample is small, in case the column turns out (or is set) to be
            // a category column; past that, only once the column is known not to be numeric
            if ((seen++ < 2000 || !allNumber) && texts.size() < 100_000) {
                texts.put(t.text(i), Boolean.TRUE);
            }
            if (allInt) {
                try {
                    t.parseInt(i);
                    return;
                } catch (NumberFormatException e) {
                    allInt = false;
                }
            }
            if (allNumber) {
                try {
                    t.parseDouble(i);
                    return;
                } catch (NumberFormatException e) {
                    allNumber = false;
                }
            }
        }

        ColumnType type() {
            if (!any) {
                return ColumnType.DOUBLE;
            }
            return allInt ? ColumnType.INT : allNumber ? ColumnType.DOUBLE : ColumnType.CATEGORY;
        }

        List<String> sortedTexts() {
            TreeSet<String> sorted = new TreeSet<>(CategoryColumn.NATURAL_ORDER);
            sorted.addAll(texts.keySet());
            return List.copyOf(sorted);
        }
    }
}
