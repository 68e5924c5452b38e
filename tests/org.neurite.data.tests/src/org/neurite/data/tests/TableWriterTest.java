package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neurite.data.tests.Nodes.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.files.TableReaderNode;
import org.neurite.data.files.TableWriterNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;

class TableWriterTest {

    @TempDir
    Path dir;

    final TableWriterNode writer = new TableWriterNode();

    static DataTable awkward() {
        return DataTable.of(DoubleColumn.of("x", new double[] { 1.5, Double.NaN, 1e-7 }),
                IntColumn.of("n", new int[] { 3, IntColumn.MISSING, -4 }),
                CategoryColumn.of("name", List.of("plain", "a,b", "say \"hi\"", " padded"), new int[] { 1, 2, 3 }),
                TensorColumn.of("t", new int[] { 2 }, new float[] { 0, 0.5f, 1, 2, 3, 4 }));
    }

    @Test
    void csvOutputQuotesWhatNeedsItAndLeavesMissingEmpty() throws Exception {
        Nodes.run(writer, dir, settings(writer, "file=out/table.csv"), awkward());
        assertEquals("x,n,name,t\n"
                + "1.5,3,\"a,b\",0 0.5\n"
                + ",,\"say \"\"hi\"\"\",1 2\n"
                + "1.0E-7,-4,\" padded\",3 4\n", Files.readString(dir.resolve("out/table.csv")));
        assertEquals(List.of("table.csv"), Files.list(dir.resolve("out")).map(p -> p.getFileName().toString()).toList(),
                "written atomically: no temporary file remains");
        assertEquals(Files.getPosixFilePermissions(Files.createFile(dir.resolve("any-new-file"))),
                Files.getPosixFilePermissions(dir.resolve("out/table.csv")),
                "readable like any new file (umask), not owner-only like a temporary file");
    }

    @Test
    void csvWrittenIsReadBackByTheCsvReader() throws Exception {
        Nodes.run(writer, dir, settings(writer, "file=t.csv", "delimiter=;"), awkward().without("t"));
        CsvReaderNode reader = new CsvReaderNode();
        DataTable back = Nodes.table(reader, dir, settings(reader, "file=t.csv", "delimiter=;"));
        assertEquals(1e-7, back.column("x", DoubleColumn.class).get(2));
        assertEquals("say \"hi\"", back.column("name", CategoryColumn.class).category(1));
        assertEquals(-4, back.column("n", IntColumn.class).get(2));
    }

    @Test
    void aNeuriteTableFileRoundTripsThroughWriterAndReaderNodes() throws Exception {
        Nodes.run(writer, dir, settings(writer, "file=t.ntable"), TableFileTest.everyKind());
        TableReaderNode reader = new TableReaderNode();
        TableSpec spec = (TableSpec) Nodes.configure(reader, dir, settings(reader, "file=t.ntable")).get(0);
        assertEquals(TableFileTest.everyKind().spec(), spec, "configure reads the header only");
        assertEquals(TableFileTest.everyKind(), Nodes.table(reader, dir, settings(reader, "file=t.ntable")));
    }

    @Test
    void aFolderAsTargetIsAConfigureError() throws Exception {
        Files.createDirectories(dir.resolve("results"));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> Nodes.configure(writer, dir, settings(writer, "file=results"), awkward().spec()));
        assertEquals("setting 'file' (File): " + dir.resolve("results") + " is a folder; add a file name", e.getMessage());
    }
}
