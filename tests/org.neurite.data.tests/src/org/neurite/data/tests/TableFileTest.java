package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.SequenceColumn;
import org.neurite.data.table.TableFile;
import org.neurite.data.table.TensorColumn;

class TableFileTest {

    @TempDir
    Path dir;

    static DataTable everyKind() {
        int rows = 3;
        float[] pixels = new float[rows * 2 * 3 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i * 0.5f;
        }
        pixels[5] = Float.NaN;
        SequenceColumn seq = new SequenceColumn.Builder(2).add(new float[] { 1, 2, 3, 4 }, 2)
                .add(new float[0], 0).add(new float[] { 5, 6, 7, 8, 9, 10 }, 3).build("signal");
        return DataTable.of(
                DoubleColumn.of("x", new double[] { 1.5, Double.NaN, -3e300 }),
                IntColumn.of("n", new int[] { 7, IntColumn.MISSING, -2 }),
                CategoryColumn.of("species", List.of("setosa", "versicolor", "ünïcode, \"quoted\""), new int[] { 2, 0, -1 }),
                TensorColumn.of("image", new int[] { 2, 3, 2 }, pixels),
                seq).withNote("three rows of every kind");
    }

    @Test
    void everyColumnKindRoundTripsExactly() throws IOException {
        DataTable table = everyKind();
        Path file = dir.resolve("t" + TableFile.EXTENSION);
        TableFile.write(table, file);
        DataTable back = TableFile.read(file);
        assertEquals(table, back, "values, including NaN and missing, come back");
        assertEquals(table.spec(), back.spec(), "names, types, shapes, categories come back");
        assertEquals("three rows of every kind", back.note());
        assertEquals(List.of("t.ntable"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file is left behind");
    }

    @Test
    void aLargeTensorColumnRoundTripsAcrossBufferChunks() throws IOException {
        int rows = 500, elements = 784;
        float[] data = new float[rows * elements];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i % 255) / 255f;
        }
        int[] labels = new int[rows];
        Arrays.setAll(labels, i -> i % 10);
        DataTable table = DataTable.of(TensorColumn.of("image", new int[] { 28, 28, 1 }, data),
                CategoryColumn.of("label", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), labels));
        Path file = dir.resolve("mnist.ntable");
        TableFile.write(table, file);
        assertTrue(Files.size(file) < rows * elements * 4L + rows * 4L + 1024, "compact: raw data plus a small header");
        assertEquals(table, TableFile.read(file));
    }

    @Test
    void aTruncatedFileIsAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("t.ntable");
        TableFile.write(everyKind(), file);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.ntable");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 7));
        IOException e = assertThrows(IOException.class, () -> TableFile.read(cut));
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("ends early"), e.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws IOException {
        Path file = dir.resolve("iris.csv");
        Files.writeString(file, "a,b\n1,2\n");
        IOException e = assertThrows(IOException.class, () -> TableFile.read(file));
        assertEquals(file + ": not a Neurite table file (wrong magic bytes)", e.getMessage());
    }

    @Test
    void aNewerFormatVersionSaysToUpgrade() throws IOException {
        Path file = dir.resolve("t.ntable");
        TableFile.write(everyKind(), file);
        byte[] bytes = Files.readAllBytes(file);
        String all = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = all.indexOf("\"formatVersion\":1");
        bytes[at + "\"formatVersion\":".length()] = '9';
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> TableFile.read(file));
        assertTrue(e.getMessage().contains("format version 9 is not supported"), e.getMessage());
    }
}
