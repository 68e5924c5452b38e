package org.neurite.data.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurite.data.node.DataException;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Choice;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Reads a CSV file into a table, streaming, with types inferred from the first rows or set per column. */
@Component(service = NodeFactory.class)
public final class CsvReaderNode extends DataNode<CsvReaderNode.Settings> {

    public static final String ID = "org.neurite.data.csvReader";

    public enum MissingPolicy implements Choice {
        KEEP("Keep the row (cell is missing)"), SKIP("Skip the row"), FAIL("Fail");

        private final String label;

        MissingPolicy(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum BadRowPolicy implements Choice {
        FAIL("Fail with the line and column"), SKIP("Skip and count");

        private final String label;

        BadRowPolicy(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "File", description = "The CSV file to read; a name ending in .gz is decompressed while "
                    + "reading. Relative paths start at the workflow file's folder.") String file,
            @Setting(label = "Header row", description = "Whether the first line holds the column names. Without a "
                    + "header the columns are named column1, column2, ...", defaultValue = "true") boolean hasHeader,
            @Setting(label = "Delimiter", description = "The character between fields: , or ; or | or tab (write "
                    + "\\t or tab).", defaultValue = ",") String delimiter,
            @Setting(label = "Quote", description = "The character around fields that contain the delimiter or line "
                    + "breaks; inside quotes, a doubled quote stands for one. Empty for files without quoting.",
                    defaultValue = "\"", optional = true) String quote,
            @Setting(label = "Column types", description = "Types that replace the inferred ones, as name=type with "
                    + "type double, int or category (text), e.g. species=category,age=double.", optional = true,
                    section = "Types") List<String> columnTypes,
            @Setting(label = "Rows for type inference", description = "How many rows after the header decide each "
                    + "column's type and the category values shown before running; 0 reads the whole file (slow for "
                    + "big files). A column of whole numbers is read as int; if a later row has a decimal, the "
                    + "column becomes double.", defaultValue = "1000", min = 0, section = "Types") int inferenceRows,
            @Setting(label = "Missing values", description = "Texts that mean 'no value', besides an empty field.",
                    defaultValue = "NA,?", optional = true, section = "Missing and bad values") List<String> missingValues,
            @Setting(label = "Rows with missing values", description = "KEEP keeps the row and marks the cell missing "
                    + "(NaN in double columns); SKIP leaves the row out and counts it; FAIL stops with the line and "
                    + "column.", defaultValue = "KEEP", section = "Missing and bad values") MissingPolicy missing,
            @Setting(label = "Bad rows", description = "A row with the wrong number of fields or a value that does not "
                    + "fit its column's type: FAIL stops with the file, line and column; SKIP leaves it out, counts it "
                    + "and logs the first few.", defaultValue = "FAIL", section = "Missing and bad values")
            BadRowPolicy badRows) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("CSV Reader").category("Data/Read").icon("icons/csv-reader.png")
                .description("""
                        Reads a table from a CSV (comma-separated values) file: one row per line, fields separated by \
                        a delimiter, the first line usually naming the columns.

                        Each column gets a type: int when every value is a whole number, double when every value is \
                        a number, otherwise category (text, stored as a code per row plus the list of distinct values, \
                        which is what a classifier's label needs). The first rows decide (see 'Rows for type \
                        inference'); set 'Column types' to override, e.g. when a numeric code is really a category.

                        Missing values (empty fields, or texts like NA) are kept as missing cells, or their rows are \
                        skipped. A row that does not fit (wrong number of fields, text in a number column) stops the \
                        run with the file, line and column, or is skipped and counted, as you choose.

                        The file is streamed, so its size is limited only by the memory of the resulting table \
                        (8 bytes per double cell, 4 per int or category cell).""")
                .output("table", "Table", DataTable.TYPE, "The rows of the file.").settings(Settings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        return List.of(schema(s, context).spec(s));
    }

    private Plan schema(Settings s, NodeContext context) throws InvalidConfigurationException {
        Path file = readableFile("file", s.file(), context);
        CsvFormat format = format(s);
        Map<String, ColumnType> overrides = overrides(s);
        CsvSchema schema;
        try {
            schema = CsvSchema.infer(file, format, s.hasHeader(), s.inferenceRows(), overrides);
        } catch (CsvTokenizer.SyntaxException e) {
            throw new InvalidConfigurationException(file + ": line " + e.line + ", column " + e.column + ": "
                    + e.getMessage());
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot read " + file + ": " + e.getMessage());
        }
        if (schema.names().isEmpty()) {
            throw new InvalidConfigurationException(file + " is empty: it has no header and no rows");
        }
        String duplicates = schema.duplicateNames();
        if (!duplicates.isEmpty()) {
            throw new InvalidConfigurationException(file + ": " + duplicates
                    + "; rename them in the header so each column has its own name");
        }
        for (String name : overrides.keySet()) {
            if (!schema.names().contains(name)) {
                throw new InvalidConfigurationException(setting("columnTypes") + " names column '" + name + "', but "
                        + file.getFileName() + " has: " + String.join(", ", schema.names()));
            }
        }
        return new Plan(file, format, schema);
    }

    private CsvFormat format(Settings s) throws InvalidConfigurationException {
        Character delimiter = CsvFormat.delimiterOf(s.delimiter());
        if (delimiter == null) {
            throw new InvalidConfigurationException(setting("delimiter") + " must be one character such as , ; | or "
                    + "\\t, got '" + s.delimiter() + "'");
        }
        String q = s.quote() == null ? "" : s.quote().trim();
        if (q.length() > 1 || (q.length() == 1 && (q.charAt(0) >= 128 || q.charAt(0) == delimiter))) {
            throw new InvalidConfigurationException(setting("quote") + " must be one character other than the "
                    + "delimiter, or empty; got '" + s.quote() + "'");
        }
        return new CsvFormat(delimiter, q.isEmpty() ? -1 : q.charAt(0), CsvFormat.tokens(s.missingValues()));
    }

    private Map<String, ColumnType> overrides(Settings s) throws InvalidConfigurationException {
        Map<String, ColumnType> map = new LinkedHashMap<>();
        for (String entry : s.columnTypes()) {
            int eq = entry.lastIndexOf('=');
            ColumnType type = eq < 0 ? null : ColumnType.fromLabel(entry.substring(eq + 1));
            if (eq <= 0 || type == null || !(type == ColumnType.DOUBLE || type == ColumnType.INT
                    || type == ColumnType.CATEGORY)) {
                throw new InvalidConfigurationException(setting("columnTypes") + ": '" + entry + "' should be "
                        + "name=type with type double, int or category, e.g. species=category");
            }
            map.put(entry.substring(0, eq).trim(), type);
        }
        return map;
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        Plan plan = schema(s, context);
        return List.of(plan.read(s, context));
    }

    /** A file with its format and inferred columns, ready to read. */
    private record Plan(Path file, CsvFormat format, CsvSchema schema) {

        /** The row count is known when the sample read the whole file and no row can be skipped. */
        TableSpec spec(Settings s) {
            boolean exact = schema.whole() && s.missing() != MissingPolicy.SKIP && s.badRows() != BadRowPolicy.SKIP;
            return new TableSpec(schema.columns(), exact ? schema.sampled() : TableSpec.UNKNOWN_ROWS);
        }

        DataTable read(Settings s, ExecutionContext context) throws Exception {
            List<ColumnSpec> specs = schema.columns();
            int n = specs.size();
            long size = Math.max(1, Files.size(file));
            // size the columns from the sample's bytes per row, so a big file is not copied while its columns grow
            boolean compressed = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
            int expected = compressed || schema.bytesPerRow() <= 0 ? 1024
                    : (int) Math.min(Integer.MAX_VALUE - 16, size / schema.bytesPerRow() * 1.02 + 16);
            ColumnReader[] readers = new ColumnReader[n];
            for (int i = 0; i < n; i++) {
                readers[i] = new ColumnReader(specs.get(i), expected);
            }
            int skippedMissing = 0;
            int skippedBad = 0;
            List<String> badExamples = new ArrayList<>();
            try (CsvTokenizer t = format.open(file)) {
                boolean first = true;
                long rows = 0;
                while (t.next()) {
                    if (first && s.hasHeader()) {
                        first = false;
                        continue;
                    }
                    first = false;
                    if ((++rows & 0xFFFF) == 0) {
                        context.checkCanceled();
                        context.progress(Math.min(1.0, (double) t.bytesConsumed() / size),
                                "read " + rows + " rows of " + file.getFileName());
                    }
                    String problem = null;
                    int problemColumn = 0;
                    boolean missingRow = false;
                    if (t.fieldCount() != n) {
                        problem = "has " + t.fieldCount() + " fields, but the " + (s.hasHeader() ? "header" : "first row")
                                + " has " + n;
                        problemColumn = Math.min(t.fieldCount(), n) + 1;
                    } else {
                        for (int i = 0; i < n && problem == null && !missingRow; i++) {
                            if (format.isMissing(t, i)) {
                                if (s.missing() == MissingPolicy.FAIL) {
                                    throw new DataException(file + ": line " + t.line() + ", column " + (i + 1) + " ('"
                                            + specs.get(i).name() + "'): missing value; set 'Rows with missing "
                                            + "values' to KEEP or SKIP to read such rows");
                                }
                                missingRow = s.missing() == MissingPolicy.SKIP;
                                readers[i].stageMissing();
                            } else {
                                problem = readers[i].stage(t, i);
                                problemColumn = i + 1;
                            }
                        }
                    }
                    if (problem != null) {
                        String where = file + ": line " + t.line() + ", column " + problemColumn
                                + (problemColumn <= n ? " ('" + specs.get(problemColumn - 1).name() + "')" : "");
                        if (s.badRows() == BadRowPolicy.FAIL) {
                            throw new DataException(where + ": " + problem
                                    + "; fix the file, or set 'Bad rows' to SKIP to leave such rows out");
                        }
                        skippedBad++;
                        if (badExamples.size() < 5) {
                            badExamples.add(where + ": " + problem);
                        }
                    } else if (missingRow) {
                        skippedMissing++;
                    } else {
                        for (ColumnReader r : readers) {
                            r.commit();
                        }
                    }
                }
            } catch (CsvTokenizer.SyntaxException e) {
                throw new DataException(file + ": line " + e.line + ", column " + e.column + ": " + e.getMessage(), e);
            }
            List<Column> columns = new ArrayList<>();
            for (ColumnReader r : readers) {
                Column c = r.build();
                if (r.promoted) {
                    context.log().info("column '" + c.name() + "' holds decimals after the rows used for inference; "
                            + "read as double");
                }
                columns.add(c);
            }
            if (skippedMissing > 0) {
                context.log().info("skipped " + skippedMissing + " rows with missing values");
            }
            if (skippedBad > 0) {
                context.log().warn("skipped " + skippedBad + " bad rows, e.g. " + String.join(" | ", badExamples));
            }
            context.progress(1, "read " + columns.get(0).rowCount() + " rows");
            return DataTable.of(columns);
        }
    }

    /**
     * Parses one column's fields: each row's value is staged first and committed only when the whole row is good,
     * so a skipped row leaves no trace.
     */
    private static final class ColumnReader {
        final ColumnSpec spec;
        DoubleColumn.Builder doubles;
        IntColumn.Builder ints;
        CategoryColumn.Builder categories;
        boolean promoted;
        double stagedNumber;
        int stagedInt;
        String stagedText;
        boolean stagedMissing;

        ColumnReader(ColumnSpec spec, int expectedRows) {
            this.spec = spec;
            switch (spec.type()) {
                case INT -> ints = new IntColumn.Builder(expectedRows);
                case CATEGORY -> categories = new CategoryColumn.Builder();
                default -> doubles = new DoubleColumn.Builder(expectedRows);
            }
        }

        void stageMissing() {
            stagedMissing = true;
        }

        /** Stages field {@code i}; returns what is wrong with it, or null. */
        String stage(CsvTokenizer t, int i) {
            stagedMissing = false;
            if (categories != null) {
                stagedText = t.text(i);
                return null;
            }
            if (ints != null) {
                try {
                    stagedInt = t.parseInt(i);
                    return null;
                } catch (NumberFormatException e) {
                    try {
                        stagedNumber = t.parseDouble(i);
                        promote();
                        return null;
                    } catch (NumberFormatException e2) {
                        return notANumber(t.text(i), "int");
                    }
                }
            }
            try {
                stagedNumber = t.parseDouble(i);
                return null;
            } catch (NumberFormatException e) {
                return notANumber(t.text(i), "double");
            }
        }

        private String notANumber(String text, String type) {
            return "'" + abbreviate(text) + "' is not a number, but the column is " + type + " (inferred from the "
                    + "first rows, or set); to read it as text set 'Column types' to " + spec.name() + "=category";
        }

        private void promote() {
            IntColumn built = ints.build(spec.name());
            doubles = new DoubleColumn.Builder(Math.max(1024, built.rowCount() * 2));
            for (int r = 0; r < built.rowCount(); r++) {
                doubles.add(built.isMissing(r) ? Double.NaN : built.get(r));
            }
            ints = null;
            promoted = true;
        }

        void commit() {
            if (categories != null) {
                categories.add(stagedMissing ? null : stagedText);
            } else if (ints != null) {
                ints.add(stagedMissing ? IntColumn.MISSING : stagedInt);
            } else {
                doubles.add(stagedMissing ? Double.NaN : stagedNumber);
            }
            stagedMissing = false;
        }

        Column build() {
            if (categories != null) {
                return categories.buildSorted(spec.name());
            }
            return ints != null ? ints.build(spec.name()) : doubles.build(spec.name());
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }
}
