package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.configure;
import static org.neurite.data.tests.Nodes.settings;
import static org.neurite.data.tests.Nodes.table;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.engine.node.InvalidConfigurationException;

class CsvReaderTest {

    @TempDir
    Path dir;

    final CsvReaderNode reader = new CsvReaderNode();

    Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    DataTable read(String... assignments) throws Exception {
        return table(reader, dir, settings(reader, assignments));
    }

    Exception failure(String... assignments) {
        return assertThrows(Exception.class, () -> read(assignments));
    }

    @Test
    void infersIntDoubleAndCategoryAndHandlesQuotesCrlfAndMissing() throws Exception {
        write("a.csv", "id,weight,name\r\n1,2.5,\"Smith, J.\"\r\n2,NA,\"say \"\"hi\"\"\"\r\n3,-1e3,plain\r\n\r\n");
        TableSpec spec = (TableSpec) configure(reader, dir, settings(reader, "file=a.csv")).get(0);
        assertEquals(List.of(ColumnSpec.ints("id"), ColumnSpec.doubles("weight"),
                ColumnSpec.category("name", List.of("Smith, J.", "plain", "say \"hi\""))), spec.columns());
        assertEquals(3, spec.rowCount(), "a file inside the inference sample has a known row count");
        DataTable t = read("file=a.csv");
        assertEquals(spec, t.spec(), "configure promised what execute delivers");
        assertEquals(3, t.column("id", IntColumn.class).get(2));
        assertTrue(t.column("weight", DoubleColumn.class).isMissing(1), "NA is missing");
        assertEquals(-1000.0, t.column("weight", DoubleColumn.class).get(2));
        assertEquals("say \"hi\"", t.column("name", CategoryColumn.class).category(1));
    }

    @Test
    void readsFilesWithoutHeaderWithOtherDelimitersAndGzipped() throws Exception {
        write("b.tsv", "1\tx\n2\ty\n");
        DataTable t = read("file=b.tsv", "hasHeader=false", "delimiter=\\t");
        assertEquals(List.of("column1", "column2"), t.spec().columnNames());
        assertEquals(2, t.rowCount());
        Path gz = dir.resolve("c.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("a;b\n1.5;7\n1,5;8\n".getBytes(StandardCharsets.UTF_8));
        }
        DataTable z = read("file=c.csv.gz", "delimiter=;", "quote=");
        assertEquals(List.of("1.5", "1,5"), z.column("a", CategoryColumn.class).categories(),
                "a decimal comma is not a number: the column is text");
        assertEquals(8, z.column("b", IntColumn.class).get(1));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileLineAndColumn() throws Exception {
        Path f = write("bad.csv", "a,b,c\n1,2,3\n4,5\n");
        assertEquals(f + ": line 3, column 3 ('c'): has 2 fields, but the header has 3; fix the file, or set 'Bad rows' "
                + "to SKIP to leave such rows out", failure("file=bad.csv").getMessage());
    }

    @Test
    void textInANumberColumnNamesFileLineColumnAndTheFix() throws Exception {
        Path f = write("bad.csv", "x,y\n1,2.0\n2,oops\n");
        assertEquals(f + ": line 3, column 2 ('y'): 'oops' is not a number, but the column is double (inferred from "
                + "the first rows, or set); to read it as text set 'Column types' to y=category; fix the file, or set "
                + "'Bad rows' to SKIP to leave such rows out", failure("file=bad.csv", "inferenceRows=1").getMessage());
    }

    @Test
    void badRowsCanBeSkippedAndCounted() throws Exception {
        write("bad.csv", "x,y\n1,2\n2,oops\n3\n4,5\n");
        List<String> log = Nodes.logOf(reader, dir,
                settings(reader, "file=bad.csv", "inferenceRows=1", "badRows=SKIP"));
        assertTrue(log.get(0).startsWith("skipped 2 bad rows, e.g. "), log.toString());
        DataTable t = read("file=bad.csv", "inferenceRows=1", "badRows=SKIP");
        assertEquals(2, t.rowCount());
        assertEquals(5, t.column("y", IntColumn.class).get(1));
    }

    @Test
    void missingValuesAreKeptSkippedOrRefusedByChoice() throws Exception {
        Path f = write("m.csv", "x,label\n1,a\n?,b\n3,\n");
        DataTable kept = read("file=m.csv");
        assertEquals(3, kept.rowCount());
        assertTrue(kept.column("x", IntColumn.class).isMissing(1));
        assertTrue(kept.column("label", CategoryColumn.class).isMissing(2));
        assertEquals(List.of("a", "b"), kept.column("label", CategoryColumn.class).categories());
        assertEquals(1, read("file=m.csv", "missing=SKIP").rowCount());
        assertEquals(f + ": line 3, column 1 ('x'): missing value; set 'Rows with missing values' to KEEP or SKIP to "
                + "read such rows", failure("file=m.csv", "missing=FAIL").getMessage());
    }

    @Test
    void anUnclosedQuoteIsASyntaxErrorWithItsLine() throws Exception {
        Path f = write("q.csv", "a,b\n1,\"open\n2,3\n");
        assertEquals(f + ": line 2, column 2: a quoted field is not closed before the end of the file",
                failure("file=q.csv", "inferenceRows=1").getMessage().replace("Could not configure: ", ""));
    }

    @Test
    void anIntColumnBecomesDoubleWhenALaterRowHasADecimal() throws Exception {
        write("p.csv", "v\n1\n2\n2.5\n");
        TableSpec before = (TableSpec) configure(reader, dir, settings(reader, "file=p.csv", "inferenceRows=2")).get(0);
        assertEquals(ColumnType.INT, before.columns().get(0).type());
        DataTable t = read("file=p.csv", "inferenceRows=2");
        assertEquals(ColumnType.DOUBLE, t.spec().columns().get(0).type());
        assertEquals(2.5, t.column("v", DoubleColumn.class).get(2));
    }

    @Test
    void columnTypesOverrideInferenceAndAreCheckedAtConfigure() throws Exception {
        write("o.csv", "digit,x\n7,1\n3,2\n10,3\n");
        DataTable t = read("file=o.csv", "columnTypes=digit=category");
        assertEquals(List.of("3", "7", "10"), t.column("digit", CategoryColumn.class).categories(),
                "numeric categories sort by value");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "file=o.csv", "columnTypes=label=category")));
        assertEquals("setting 'columnTypes' (Column types) names column 'label', but o.csv has: digit, x", e.getMessage());
        e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "file=o.csv", "columnTypes=digit=tensor")));
        assertTrue(e.getMessage().contains("'digit=tensor' should be name=type"), e.getMessage());
    }

    @Test
    void aMissingFileIsAConfigureErrorNamingTheResolvedPath() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "file=nope.csv")));
        assertEquals("setting 'file' (File): file " + dir.resolve("nope.csv") + " does not exist (relative paths start "
                + "at the workflow file's folder)", e.getMessage());
    }

    @Test
    void numbersParseExactlyAcrossBufferBoundaries() throws Exception {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder("a,b,c\n");
        int rows = 60_000; // about 2.5 MB: several refills of the 1 MB buffer
        String[][] texts = new String[rows][3];
        for (int r = 0; r < rows; r++) {
            texts[r][0] = Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            texts[r][1] = String.format(java.util.Locale.ROOT, "%.6f", random.nextDouble() * 1000 - 500);
            texts[r][2] = r % 1000 == 0 ? "\"multi\nline " + r + "\"" : "w" + (r % 7);
            b.append(texts[r][0]).append(',').append(texts[r][1]).append(',').append(texts[r][2]).append('\n');
        }
        write("big.csv", b.toString());
        DataTable t = read("file=big.csv");
        assertEquals(rows, t.rowCount());
        DoubleColumn a = t.column("a", DoubleColumn.class);
        DoubleColumn bb = t.column("b", DoubleColumn.class);
        for (int r = 0; r < rows; r++) {
            assertEquals(Double.parseDouble(texts[r][0]), a.get(r), "row " + r);
            assertEquals(Double.parseDouble(texts[r][1]), bb.get(r), "row " + r);
        }
        assertEquals("multi\nline 59000", t.column("c", CategoryColumn.class).category(59_000));
    }
}
