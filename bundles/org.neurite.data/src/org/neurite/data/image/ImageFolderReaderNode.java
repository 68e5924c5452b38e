package org.neurite.data.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.neurite.data.node.DataException;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Reads labelled images from a folder with one sub-folder per class. */
@Component(service = NodeFactory.class)
public final class ImageFolderReaderNode extends DataNode<ImageFolderReaderNode.Settings> {

    public static final String ID = "org.neurite.data.imageFolderReader";

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    public record Settings(
            @Setting(label = "Folder", description = "A folder with one sub-folder per class, e.g. photos/cat and "
                    + "photos/dog, each holding PNG, JPEG, GIF or BMP files. Relative paths start at the workflow "
                    + "file's folder.") String folder,
            @Setting(label = "Width", description = "Width every image is resized to, in pixels; 0 keeps the size "
                    + "of the images (they must then all be the same size).", defaultValue = "0", min = 0, max = 4096)
            int width,
            @Setting(label = "Height", description = "Height every image is resized to; 0 keeps the size.",
                    defaultValue = "0", min = 0, max = 4096) int height,
            @Setting(label = "Grayscale", description = "Convert to one grey channel (luminance); otherwise three "
                    + "channels red, green, blue.", defaultValue = "true") boolean grayscale,
            @Setting(label = "Scale to 0..1", description = "Divide pixel values by 255.", defaultValue = "true")
            boolean scale,
            @Setting(label = "Image column", description = "Name of the image column.", defaultValue = "image")
            String imageColumn,
            @Setting(label = "Label column", description = "Name of the label column (the sub-folder name).",
                    defaultValue = "label") String labelColumn) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Image Folder Reader").category("Data/Read")
                .icon("icons/image-folder-reader.png")
                .description("""
                        Reads a labelled image collection laid out the common way: a folder with one sub-folder \
                        per class, named after the class (cat/, dog/), holding that class's pictures. Each image \
                        becomes a row with a tensor of height x width x channels and its class as a category.

                        Networks need all inputs the same size, so images are resized (smoothly) to the width and \
                        height you set; grayscale keeps one channel of luminance, which is enough for digits and \
                        shapes and three times smaller than colour. Classes are ordered by name, files within a \
                        class by file name.""")
                .output("table", "Images", DataTable.TYPE, "One row per image: the image tensor and its label.")
                .settings(Settings.class);
    }

    private record Plan(List<String> classes, List<List<Path>> files, int width, int height, int channels) {
        int count() {
            return files.stream().mapToInt(List::size).sum();
        }
    }

    private Plan plan(Settings s, NodeContext context) throws InvalidConfigurationException {
        if (s.folder() == null || s.folder().isBlank()) {
            throw new InvalidConfigurationException(setting("folder") + " names no folder; choose one");
        }
        Path root = context.resolve(s.folder());
        if (!Files.isDirectory(root)) {
            throw new InvalidConfigurationException(setting("folder") + ": " + root + " is not a folder");
        }
        if (s.imageColumn().equals(s.labelColumn())) {
            throw new InvalidConfigurationException(setting("labelColumn") + " must differ from " + setting("imageColumn"));
        }
        List<String> classes = new ArrayList<>();
        List<List<Path>> files = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> sub = dirs.filter(Files::isDirectory).sorted(
                    (a, b) -> CategoryColumn.NATURAL_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
            for (Path d : sub) {
                try (Stream<Path> list = Files.list(d)) {
                    List<Path> images = list.filter(Files::isRegularFile).filter(ImageFolderReaderNode::isImage)
                            .sorted().toList();
                    if (!images.isEmpty()) {
                        classes.add(d.getFileName().toString());
                        files.add(images);
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot list " + root + ": " + e.getMessage());
        }
        if (classes.isEmpty()) {
            throw new InvalidConfigurationException(root + " has no sub-folder with images (" + String.join(", ", EXTENSIONS)
                    + "); put each class's images in a sub-folder named after the class");
        }
        int w = s.width();
        int h = s.height();
        if (w == 0 || h == 0) {
            Path first = files.get(0).get(0);
            int[] size;
            try {
                size = size(first);
            } catch (DataException e) {
                throw new InvalidConfigurationException(e.getMessage());
            }
            w = w == 0 ? size[0] : w;
            h = h == 0 ? size[1] : h;
        }
        return new Plan(classes, files, w, h, s.grayscale() ? 1 : 3);
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Width and height from the file's header, without decoding the pixels. */
    private static int[] size(Path file) throws DataException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataException(file + " is not a readable image (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new DataException(file + " is not a readable image: " + e.getMessage(), e);
        }
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        Plan p = plan(s, context);
        return List.of(TableSpec.of(p.count(), ColumnSpec.tensor(s.imageColumn(), p.height(), p.width(), p.channels()),
                ColumnSpec.category(s.labelColumn(), p.classes())));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        Plan p = plan(s, context);
        boolean keepSize = s.width() == 0 || s.height() == 0;
        int[] shape = { p.height(), p.width(), p.channels() };
        TensorColumn.Builder images = new TensorColumn.Builder(shape, p.count());
        int[] labels = new int[p.count()];
        float[] row = new float[p.height() * p.width() * p.channels()];
        float scale = s.scale() ? 1f / 255f : 1f;
        int n = 0;
        for (int k = 0; k < p.classes().size(); k++) {
            for (Path file : p.files().get(k)) {
                BufferedImage image;
                try {
                    image = ImageIO.read(file.toFile());
                } catch (IOException e) {
                    throw new DataException(file + " is not a readable image: " + e.getMessage(), e);
                }
                if (image == null) {
                    throw new DataException(file + " is not a readable image (PNG, JPEG, GIF or BMP)");
                }
                if (keepSize && (image.getWidth() != p.width() || image.getHeight() != p.height())) {
                    throw new DataException(file + " is " + image.getWidth() + "x" + image.getHeight() + " pixels, but "
                            + p.files().get(0).get(0).getFileName() + " is " + p.width() + "x" + p.height()
                            + "; set width and height to resize all images to one size");
                }
                BufferedImage sized = resize(image, p.width(), p.height());
                pixels(sized, s.grayscale(), scale, row);
                images.add(row);
                labels[n++] = k;
                if ((n & 63) == 0) {
                    context.checkCanceled();
                    context.progress((double) n / p.count(), "read " + n + " of " + p.count() + " images");
                }
            }
        }
        return List.of(DataTable.of(images.build(s.imageColumn()),
                CategoryColumn.of(s.labelColumn(), p.classes(), labels)));
    }

    private static BufferedImage resize(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Height x width x channels, row-major; grey is the Rec. 601 luminance 0.299 R + 0.587 G + 0.114 B. */
    private static void pixels(BufferedImage image, boolean gray, float scale, float[] out) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int r = (rgb[i] >> 16) & 0xFF;
            int g = (rgb[i] >> 8) & 0xFF;
            int b = rgb[i] & 0xFF;
            if (gray) {
                out[i] = (0.299f * r + 0.587f * g + 0.114f * b) * scale;
            } else {
                out[i * 3] = r * scale;
                out[i * 3 + 1] = g * scale;
                out[i * 3 + 2] = b * scale;
            }
        }
    }
}
