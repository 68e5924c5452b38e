package org.neurite.data.files;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.neurite.engine.file.AtomicFile;
import org.neurite.data.node.DataNode;
import org.neurite.data.table.Column;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableFile;
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

/** Writes a table to a CSV file or a Neurite table file, atomically. */
@Component(service = NodeFactory.class)
public final class TableWriterNode extends DataNode<TableWriterNode.Settings> {

    public static final String ID = "org.neurite.data.tableWriter";

    public enum Format implements Choice {
        AUTO("By the file name (.ntable or CSV)"), CSV("CSV text"), TABLE("Neurite table (.ntable, binary)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record Settings(
            @Setting(label = "File", description = "Where to write. Relative paths start at the run's output folder "
                    + "(batch --out), or else the workflow file's folder. An existing file is replaced.") String file,
            @Setting(label = "Format", description = "CSV for other tools; TABLE keeps every column type exactly "
                    + "(tensors, sequences, categories) for a Table Reader. AUTO picks TABLE for names ending in "
                    + ".ntable.", defaultValue = "AUTO") Format format,
            @Setting(label = "Delimiter", description = "CSV: the character between fields (, ; | or \\t).",
                    defaultValue = ",") String delimiter,
            @Setting(label = "Header row", description = "CSV: write the column names as the first line.",
                    defaultValue = "true") boolean header) {
    }

    @Override
    protected NodeDescriptor<Settings> describe() {
        return NodeDescriptor.builder(ID).name("Table Writer").category("Data/Write").icon("icons/table-writer.png")
                .description("""
                        Saves a table to a file. CSV can be opened by spreadsheets and other tools: fields that \
                        contain the delimiter, a quote or a line break are quoted, missing values are empty, a \
                        tensor or sequence cell is its numbers separated by spaces (steps by ;). The Neurite table \
                        format (.ntable) is compact binary that keeps every column exactly, for reading back with \
                        Table Reader.

                        The file is written to a temporary file first and renamed over the target at the end, so a \
                        crash or full disk never leaves a half-written file behind.""")
                .input("table", "Table", DataTable.TYPE, "The table to save.")
                .settings(Settings.class);
    }

    private Path target(Settings s, NodeContext context) throws InvalidConfigurationException {
        if (s.file() == null || s.file().isBlank()) {
            throw new InvalidConfigurationException(setting("file") + " names no file; choose where to write");
        }
        Path file = context.resolveOutput(s.file());
        if (Files.isDirectory(file)) {
            throw new InvalidConfigurationException(setting("file") + ": " + file + " is a folder; add a file name");
        }
        return file;
    }

    private char delimiter(Settings s) throws InvalidConfigurationException {
        String d = s.delimiter();
        Character c = d.equals("\\t") || d.equalsIgnoreCase("tab") || d.equals("\t") ? Character.valueOf('\t')
                : d.trim().length() == 1 ? Character.valueOf(d.trim().charAt(0)) : null;
        if (c == null || c == '"' || c == '\n' || c == '\r') {
            throw new InvalidConfigurationException(setting("delimiter") + " must be one character such as , ; | or "
                    + "\\t, got '" + d + "'");
        }
        return c;
    }

    private static boolean binary(Settings s, Path file) {
        return s.format() == Format.TABLE || (s.format() == Format.AUTO
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(TableFile.EXTENSION));
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, Settings s, NodeContext context)
            throws InvalidConfigurationException {
        target(s, context);
        delimiter(s);
        return List.of();
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, Settings s, ExecutionContext context) throws Exception {
        DataTable table = table(inputs, 0);
        Path file = target(s, context);
        if (binary(s, file)) {
            TableFile.write(table, file);
        } else {
            writeCsv(table, file, delimiter(s), s.header(), context);
        }
        context.log().info("wrote " + table.rowCount() + " rows to " + file);
        return List.of();
    }

    static void writeCsv(DataTable table, Path file, char delimiter, boolean header, ExecutionContext context)
            throws java.io.IOException {
        List<Column> columns = table.columns();
        AtomicFile.writeStream(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            if (header) {
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        out.write(delimiter);
                    }
                    out.write(field(columns.get(c).name(), delimiter));
                }
                out.write('\n');
            }
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        out.write(delimiter);
                    }
                    out.write(field(columns.get(c).text(r), delimiter));
                }
                out.write('\n');
                if ((r & 0xFFFF) == 0xFFFF) {
                    context.progress((double) r / table.rowCount(), "wrote " + r + " rows");
                }
            }
            out.flush();
        });
    }

    /** The text as a CSV field: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
    static String field(String text, char delimiter) {
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' '
                        || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
