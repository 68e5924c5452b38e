package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.data.tests.Nodes.settings;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.image.ImageFolderReaderNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.InvalidConfigurationException;

class ImageFolderReaderTest {

    @TempDir
    Path dir;

    final ImageFolderReaderNode reader = new ImageFolderReaderNode();

    void image(String path, int w, int h, Color color, String format) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(img, format, file.toFile()));
    }

    void collection() throws Exception {
        image("photos/red/a.png", 16, 8, Color.RED, "png");
        image("photos/red/b.png", 16, 8, Color.RED, "png");
        image("photos/blue/x.jpg", 16, 8, Color.BLUE, "jpg");
        Files.writeString(dir.resolve("photos/blue/notes.txt"), "not an image, ignored");
    }

    @Test
    void labelsComeFromSubFolderNamesAndImagesAreResizedToGrey() throws Exception {
        collection();
        var s = settings(reader, "folder=photos", "width=4", "height=2");
        TableSpec spec = (TableSpec) Nodes.configure(reader, dir, s).get(0);
        assertEquals(TableSpec.of(3, ColumnSpec.tensor("image", 2, 4, 1), ColumnSpec.category("label", List.of("blue", "red"))),
                spec);
        DataTable t = Nodes.table(reader, dir, s);
        assertEquals(spec, t.spec());
        CategoryColumn label = t.column("label", CategoryColumn.class);
        assertEquals("blue", label.category(0));
        assertEquals("red", label.category(2));
        TensorColumn img = t.column("image", TensorColumn.class);
        assertEquals(0.299f, img.get(1, 5), 0.005f, "pure red has luminance 0.299");
        assertEquals(0.114f, img.get(0, 0), 0.02f, "JPEG blue, lossy");
    }

    @Test
    void colourKeepsThreeChannelsAndTheOriginalSize() throws Exception {
        collection();
        DataTable t = Nodes.table(reader, dir, settings(reader, "folder=photos", "grayscale=false", "scale=false"));
        assertEquals(ColumnSpec.tensor("image", 8, 16, 3), t.spec().columns().get(0));
        TensorColumn img = t.column("image", TensorColumn.class);
        assertEquals(255f, img.get(2, 0), "red channel of a red pixel");
        assertEquals(0f, img.get(2, 2), "its blue channel");
    }

    @Test
    void aBrokenImageIsNamedAndDifferentSizesAskForResizing() throws Exception {
        collection();
        Files.writeString(dir.resolve("photos/red/c.png"), "this is no PNG");
        Exception e = assertThrows(Exception.class,
                () -> Nodes.table(reader, dir, settings(reader, "folder=photos", "width=4", "height=4")));
        assertEquals(dir.resolve("photos/red/c.png") + " is not a readable image (PNG, JPEG, GIF or BMP)", e.getMessage());
        Files.delete(dir.resolve("photos/red/c.png"));
        image("photos/red/big.png", 20, 20, Color.RED, "png");
        e = assertThrows(Exception.class, () -> Nodes.table(reader, dir, settings(reader, "folder=photos")));
        assertEquals(dir.resolve("photos/red/big.png") + " is 20x20 pixels, but x.jpg is 16x8; set width and height to "
                + "resize all images to one size", e.getMessage());
    }

    @Test
    void aFolderWithoutClassFoldersIsAConfigureError() throws Exception {
        image("flat/a.png", 4, 4, Color.RED, "png");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> Nodes.configure(reader, dir, settings(reader, "folder=flat")));
        assertEquals(dir.resolve("flat") + " has no sub-folder with images (.png, .jpg, .jpeg, .gif, .bmp); put each "
                + "class's images in a sub-folder named after the class", e.getMessage());
    }
}
