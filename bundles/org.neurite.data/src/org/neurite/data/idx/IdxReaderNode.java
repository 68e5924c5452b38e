package org.neurite.data.idx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurite.data.node.DataException;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.IntColumn;
import org.neurite.data.table.TableSpec;
import org.neurite.data.table.TensorColumn;
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

/** Reads MNIST-style IDX image and label files into a tensor column and a label column. */
@Component(service = NodeFactory.class)
public final class IdxReaderNode extends DataNode<IdxReaderNode.Settings> {

    public static final String ID = "org.neurite.data.idxReader";

    public enum LabelType implements Choice {
        CATEGORY("Category (0, 1, ... as class names)"), INT("Whole number");

        private final String label;

        LabelType(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "Images file", description = "The IDX file of images, e.g. "
                    + "train-images-idx3-ubyte.gz; plain or gzipped. Relative paths start at the workflow file's "
                    + "folder.") String imagesFile,
            @Setting(label = "Labels file", description = "The IDX file of labels that belongs to the images, e.g. "
                    + "train-labels-idx1-ubyte.gz; empty to read images only.", optional = true) String labelsFile,
            @Setting(label = "Image column", description = "Name of the image column.", defaultValue = "image")
            String imageColumn,
            @Setting(label = "Label column", description = "Name of the label column.", defaultValue = "label")
            String labelColumn,
            @Setting(label = "Scale to 0..1", description = "Divide byte pixels by 255, so they lie between 0 and 1: "
                    + "networks train better on small inputs.", defaultValue = "true") boolean scale,
            @Setting(label = "Label type", description = "CATEGORY gives a category column whose classes are 0 .. "
                    + "the largest label, the form a classifier's target needs; INT gives plain numbers.",
                    defaultValue = "CATEGORY") LabelType labelType,
            @Setting(label = "Maximum rows", description = "Read only the first this many images; 0 reads all.",
                    defaultValue = "0", min = 0) int maxRows) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("IDX Reader").category("Data/Read").icon("icons/idx-reader.png")
                .description("""
                        Reads images and labels in the IDX format, the format of the MNIST handwritten digits and \
                        Fashion-MNIST: one file holds all images (a count, then height and width, then the pixels \
                        row by row), another the labels, one per image, in the same order.

                        The result has one row per image: an image column holding each picture as a tensor of \
                        height x width x 1 (one grey channel), and a label column. Byte pixels are scaled to 0..1 \
                        by default. Files may be gzipped (.gz) or plain.""")
                .output("table", "Images", DataTable.TYPE, "One row per image: the image tensor and its label.")
                .settings(Settings.class);
    }

    private record Plan(IdxFile images, IdxFile labels, int rows, int[] shape, List<String> classes) {
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        Plan p = plan(s, context);
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(ColumnSpec.tensor(s.imageColumn(), p.shape()));
        if (p.labels() != null) {
            columns.add(s.labelType() == LabelType.CATEGORY ? ColumnSpec.category(s.labelColumn(), p.classes())
                    : ColumnSpec.ints(s.labelColumn()));
        }
        return List.of(new TableSpec(columns, p.rows()));
    }

    private Plan plan(Settings s, NodeContext context) throws InvalidConfigurationException {
        Path imagesPath = readableFile("imagesFile", s.imagesFile(), context);
        boolean withLabels = s.labelsFile() != null && !s.labelsFile().isBlank();
        if (withLabels && s.labelColumn().equals(s.imageColumn())) {
            throw new InvalidConfigurationException(setting("labelColumn") + " must differ from "
                    + setting("imageColumn") + "; both are '" + s.imageColumn() + "'");
        }
        try {
            IdxFile images = IdxFile.header(imagesPath);
            if (images.dims().length < 2) {
                throw new InvalidConfigurationException(imagesPath + " holds one value per item (" + images.count()
                        + " items), not images; is it the labels file?");
            }
            int[] dims = images.dims();
            int[] shape = dims.length == 3 ? new int[] { dims[1], dims[2], 1 }
                    : java.util.Arrays.copyOfRange(dims, 1, dims.length);
            int rows = s.maxRows() > 0 ? Math.min(s.maxRows(), images.count()) : images.count();
            if (!withLabels) {
                return new Plan(images, null, rows, shape, List.of());
            }
            IdxFile labels = IdxFile.header(readableFile("labelsFile", s.labelsFile(), context));
            if (labels.dims().length != 1) {
                throw new InvalidConfigurationException(labels.file() + " holds items of " + labels.itemSize()
                        + " values; a labels file holds one value per image (is it an images file?)");
            }
            if (labels.count() != images.count()) {
                throw new InvalidConfigurationException(labels.file() + " has " + labels.count() + " labels, but "
                        + imagesPath + " has " + images.count() + " images; they must belong together");
            }
            List<String> classes = List.of();
            if (s.labelType() == LabelType.CATEGORY) {
                classes = classes(labels, rows);
            }
            return new Plan(images, labels, rows, shape, classes);
        } catch (DataException e) {
            throw new InvalidConfigurationException(e.getMessage());
        }
    }

    /** Class names 0 .. the largest label; a labels file is small (one byte per image), so reading it is quick. */
    private static List<String> classes(IdxFile labels, int rows) throws DataException {
        float[] values = labels.read(rows, 1f, f -> {
        });
        int max = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] != Math.rint(values[i])) {
                throw new DataException(labels.file() + ": label " + (i + 1) + " is " + values[i]
                        + "; class labels must be whole numbers from 0; choose label type INT");
            }
            max = Math.max(max, (int) values[i]);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        Plan p = plan(s, context);
        float scale = s.scale() && p.images().type() == IdxFile.UNSIGNED_BYTE ? 1f / 255f : 1f;
        float[] pixels = p.images().read(p.rows(), scale, f -> context.progress(0.95 * f, "reading images"));
        context.checkCanceled();
        List<Column> columns = new ArrayList<>();
        columns.add(TensorColumn.of(s.imageColumn(), p.shape(), pixels));
        if (p.labels() != null) {
            float[] values = p.labels().read(p.rows(), 1f, f -> {
            });
            int[] labels = new int[values.length];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (int) values[i];
            }
            columns.add(s.labelType() == LabelType.CATEGORY ? CategoryColumn.of(s.labelColumn(), p.classes(), labels)
                    : IntColumn.of(s.labelColumn(), labels));
        }
        context.progress(1, "read " + p.rows() + " images");
        return List.of(DataTable.of(columns));
    }
}
