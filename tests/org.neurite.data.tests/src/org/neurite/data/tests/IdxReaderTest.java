package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.configure;
import static org.neurite.data.tests.Nodes.settings;
import static org.neurite.data.tests.Nodes.table;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.idx.IdxReaderNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;

class IdxReaderTest {

    @TempDir
    Path dir;

    final IdxReaderNode reader = new IdxReaderNode();

    /** Three 2x3 images with pixels 0, 1, ... and labels 2, 0, 1. */
    void writeSmall(boolean gzip) throws Exception {
        ByteArrayOutputStream img = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(img);
        d.writeInt(0x00000803);
        d.writeInt(3);
        d.writeInt(2);
        d.writeInt(3);
        for (int i = 0; i < 18; i++) {
            d.writeByte(i * 15);
        }
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        d = new DataOutputStream(lab);
        d.writeInt(0x00000801);
        d.writeInt(3);
        d.write(new byte[] { 2, 0, 1 });
        write("images" + (gzip ? ".gz" : ""), img.toByteArray(), gzip);
        write("labels" + (gzip ? ".gz" : ""), lab.toByteArray(), gzip);
    }

    void write(String name, byte[] bytes, boolean gzip) throws Exception {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))
                : Files.newOutputStream(dir.resolve(name))) {
            out.write(bytes);
        }
    }

    @Test
    void readsPlainAndGzippedFilesIntoATensorAndACategoryColumn() throws Exception {
        for (boolean gzip : new boolean[] { false, true }) {
            writeSmall(gzip);
            String z = gzip ? ".gz" : "";
            var s = settings(reader, "imagesFile=images" + z, "labelsFile=labels" + z);
            TableSpec spec = (TableSpec) configure(reader, dir, s).get(0);
            assertEquals(TableSpec.of(3, ColumnSpec.tensor("image", 2, 3, 1), ColumnSpec.category("label", List.of("0", "1", "2"))),
                    spec);
            DataTable t = table(reader, dir, s);
            assertEquals(spec, t.spec());
            TensorColumn images = t.column("image", TensorColumn.class);
            assertEquals(15 * 7 / 255f, images.get(1, 1), 1e-7, "row 1 starts at pixel 6: value (6+1)*15/255");
            assertEquals(1f, images.get(0, 5) * 255 / 75, 1e-6);
            assertEquals(2, t.column("label", CategoryColumn.class).code(0));
        }
    }

    @Test
    void labelsCanBeIntsAndImagesUnscaledAndCapped() throws Exception {
        writeSmall(false);
        DataTable t = table(reader, dir, settings(reader, "imagesFile=images", "labelsFile=labels", "labelType=INT",
                "scale=false", "maxRows=2"));
        assertEquals(2, t.rowCount());
        assertEquals(0, t.column("label", IntColumn.class).get(1));
        assertEquals(165f, t.column("image", TensorColumn.class).get(1, 5), "pixel 11 x 15, unscaled");
    }

    @Test
    void theShippedMnistFilesHoldEightThousandDigitsOfTenClasses() throws Exception {
        Path data = Path.of(System.getProperty("neurite.examples")).resolve("data");
        DataTable t = table(reader, data, settings(reader, "imagesFile=mnist-train-images-idx3-ubyte.gz",
                "labelsFile=mnist-train-labels-idx1-ubyte.gz"));
        assertEquals(8000, t.rowCount());
        assertArrayEquals(new int[] { 28, 28, 1 }, t.spec().columns().get(0).shape());
        CategoryColumn labels = t.column("label", CategoryColumn.class);
        int[] perClass = new int[10];
        for (int r = 0; r < t.rowCount(); r++) {
            perClass[labels.code(r)]++;
        }
        assertArrayEquals(new int[] { 802, 897, 806, 842, 782, 667, 794, 878, 757, 775 }, perClass,
                "the counts examples/data/README.md states");
        TensorColumn images = t.column("image", TensorColumn.class);
        float min = 1, max = 0;
        double ink = 0;
        for (int r = 0; r < 100; r++) {
            for (int i = 0; i < 784; i++) {
                min = Math.min(min, images.get(r, i));
                max = Math.max(max, images.get(r, i));
                ink += images.get(r, i);
            }
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
        assertTrue(ink / 100 > 50 && ink / 100 < 200, "a digit has some ink: " + ink / 100);
    }

    @Test
    void aFileThatIsNotIdxIsNamedWithWhatItStartsWith() throws Exception {
        Files.writeString(dir.resolve("images.csv"), "a,b\n1,2\n");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "imagesFile=images.csv")));
        assertEquals(dir.resolve("images.csv") + ": not an IDX file (it starts with bytes 61 2c 62 0a; IDX files start "
                + "with 00 00, a type code such as 08, and the number of dimensions)", e.getMessage());
    }

    @Test
    void aTruncatedImagesFileSaysHowManyImagesItHas() throws Exception {
        writeSmall(false);
        byte[] all = Files.readAllBytes(dir.resolve("images"));
        Files.write(dir.resolve("images"), Arrays.copyOf(all, all.length - 10));
        Exception e = assertThrows(Exception.class,
                () -> table(reader, dir, settings(reader, "imagesFile=images", "labelsFile=labels")));
        assertEquals(dir.resolve("images") + ": the file ends after 1 of 3 items; it is truncated (download or convert "
                + "it again)", e.getMessage());
    }

    @Test
    void swappedOrMismatchedFilesAreConfigureErrors() throws Exception {
        writeSmall(false);
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "imagesFile=labels", "labelsFile=images")));
        assertEquals(dir.resolve("labels") + " holds one value per item (3 items), not images; is it the labels file?",
                e.getMessage());
        ByteArrayOutputStream lab = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(lab);
        d.writeInt(0x00000801);
        d.writeInt(2);
        d.write(new byte[] { 1, 1 });
        write("two-labels", lab.toByteArray(), false);
        e = assertThrows(InvalidConfigurationException.class,
                () -> configure(reader, dir, settings(reader, "imagesFile=images", "labelsFile=two-labels")));
        assertEquals(dir.resolve("two-labels") + " has 2 labels, but " + dir.resolve("images")
                + " has 3 images; they must belong together", e.getMessage());
    }
}
