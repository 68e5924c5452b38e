package org.neurite.data.table;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurite.engine.file.AtomicFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The on-disk form of a {@link DataTable} ({@code *.ntable}): compact, fast, and readable without this code.
 *
 * <pre>
 * bytes 0..7   magic 0x89 'N' 'T' 'B' '\r' '\n' 0x1A '\n'
 * bytes 8..11  header length H, int32 little-endian
 * next H bytes header, UTF-8 JSON:
 *              {"format":"neurite-table","formatVersion":1,"rowCount":R,"note":"...",
 *               "columns":[{"name":..,"type":"double|int|category|tensor|sequence",
 *                           "shape":[..],"categories":[..],"bytes":B}, ...]}
 * then         each column's data, in column order, B bytes each, little-endian, no padding:
 *              double:   R float64
 *              int:      R int32 (missing = -2147483648)
 *              category: R int32 codes into "categories" (missing = -1)
 *              tensor:   R x prod(shape) float32, row-major (images: height, width, channel)
 *              sequence: R+1 int32 step offsets, then offsets[R] x features float32 (step-major)
 * </pre>
 *
 * Writes are atomic (temporary file, then rename).
 */
public final class TableFile {

    public static final String EXTENSION = ".ntable";
    public static final String FORMAT = "neurite-table";
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = { (byte) 0x89, 'N', 'T', 'B', '\r', '\n', 0x1A, '\n' };
    private static final int CHUNK = 1 << 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes {@code table} to {@code file} atomically. */
    public static void write(DataTable table, Path file) throws IOException {
        byte[] header = JSON.writeValueAsBytes(header(table));
        AtomicFile.write(file, channel -> {
            Output out = new Output(channel);
            out.buffer.put(MAGIC).putInt(header.length);
            out.bytes(header);
            for (Column c : table.columns()) {
                writeData(c, out);
            }
            out.flush();
        });
    }

    /** Reads a table written by {@link #write}. Messages name the file and what is wrong. */
    public static DataTable read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Input in = new Input(channel, file);
            JsonNode header = readHeader(in, file);
            int rows = header.path("rowCount").asInt();
            List<Column> columns = new ArrayList<>();
            for (JsonNode c : header.path("columns")) {
                columns.add(readColumn(c, rows, in, file));
            }
            if (channel.position() - in.buffer.remaining() != channel.size()) {
                throw new IOException(file + ": " + (channel.size() - channel.position() + in.buffer.remaining())
                        + " unexpected bytes after the last column");
            }
            DataTable table = DataTable.of(columns);
            String note = header.path("note").asText("");
            return note.isEmpty() ? table : table.withNote(note);
        }
    }

    /** Reads only the header of a table file: its spec, quickly, for configure. */
    public static TableSpec readSpec(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            JsonNode header = readHeader(new Input(channel, file), file);
            List<ColumnSpec> specs = new ArrayList<>();
            for (JsonNode c : header.path("columns")) {
                specs.add(columnSpec(c, file));
            }
            try {
                return new TableSpec(specs, header.path("rowCount").asInt());
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
    }

    private static JsonNode readHeader(Input in, Path file) throws IOException {
        byte[] magic = in.bytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException(file + ": not a Neurite table file (wrong magic bytes)");
        }
        int headerLength = in.intValue();
        if (headerLength <= 0 || headerLength > 1 << 26) {
            throw new IOException(file + ": corrupt header length " + headerLength);
        }
        JsonNode header;
        try {
            header = JSON.readTree(in.bytes(headerLength));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": corrupt header: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(header.path("format").asText())) {
            throw new IOException(file + ": header format is not \"" + FORMAT + "\"");
        }
        int version = header.path("formatVersion").asInt(-1);
        if (version < 1 || version > FORMAT_VERSION) {
            throw new IOException(file + ": table format version " + version + " is not supported (this Neurite "
                    + "reads up to " + FORMAT_VERSION + "); install a newer Neurite");
        }
        if (header.path("rowCount").asInt(-1) < 0) {
            throw new IOException(file + ": header has no valid rowCount");
        }
        return header;
    }

    private static ColumnSpec columnSpec(JsonNode c, Path file) throws IOException {
        String name = c.path("name").asText(null);
        ColumnType type = ColumnType.fromLabel(c.path("type").asText(""));
        if (name == null || type == null) {
            throw new IOException(file + ": column entry " + c + " needs a name and a type");
        }
        int[] shape = new int[c.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = c.path("shape").get(i).asInt();
        }
        List<String> cats = new ArrayList<>();
        c.path("categories").forEach(v -> cats.add(v.asText()));
        try {
            return new ColumnSpec(name, type, shape, type == ColumnType.CATEGORY ? cats : null);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode header(DataTable table) {
        ObjectNode h = JSON.createObjectNode();
        h.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("rowCount", table.rowCount());
        if (!table.note().isEmpty()) {
            h.put("note", table.note());
        }
        ArrayNode cols = h.putArray("columns");
        for (Column c : table.columns()) {
            ObjectNode o = cols.addObject();
            ColumnSpec s = c.spec();
            o.put("name", s.name()).put("type", s.type().label());
            if (s.shape().length > 0) {
                ArrayNode shape = o.putArray("shape");
                for (int d : s.shape()) {
                    shape.add(d);
                }
            }
            if (s.type() == ColumnType.CATEGORY) {
                ArrayNode cats = o.putArray("categories");
                s.categories().forEach(cats::add);
            }
            o.put("bytes", c.dataBytes());
        }
        return h;
    }

    private static void writeData(Column column, Output out) throws IOException {
        switch (column) {
            case DoubleColumn c -> {
                for (int r = 0; r < c.rowCount(); r++) {
                    out.room(8).putDouble(c.get(r));
                }
            }
            case IntColumn c -> {
                for (int r = 0; r < c.rowCount(); r++) {
                    out.room(4).putInt(c.get(r));
                }
            }
            case CategoryColumn c -> {
                for (int r = 0; r < c.rowCount(); r++) {
                    out.room(4).putInt(c.code(r));
                }
            }
            case TensorColumn c -> out.floats(c.data());
            case SequenceColumn c -> {
                for (int r = 0; r <= c.rowCount(); r++) {
                    out.room(4).putInt(r == c.rowCount() ? c.offset(r - 1) + c.length(r - 1) : c.offset(r));
                }
                out.floats(c.data());
            }
        }
    }

    private static Column readColumn(JsonNode c, int rows, Input in, Path file) throws IOException {
        ColumnSpec spec = columnSpec(c, file);
        String name = spec.name();
        ColumnType type = spec.type();
        int[] shape = spec.shape();
        long bytes = c.path("bytes").asLong(-1);
        try {
            return switch (type) {
                case DOUBLE -> {
                    expect(bytes, 8L * rows, name, file);
                    double[] v = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        v[r] = in.need(8).getDouble();
                    }
                    yield DoubleColumn.of(name, v);
                }
                case INT -> {
                    expect(bytes, 4L * rows, name, file);
                    yield IntColumn.of(name, in.ints(rows));
                }
                case CATEGORY -> {
                    expect(bytes, 4L * rows, name, file);
                    yield CategoryColumn.of(name, spec.categories(), in.ints(rows));
                }
                case TENSOR -> {
                    int elements = ColumnSpec.tensor(name, shape).elementCount();
                    expect(bytes, 4L * rows * elements, name, file);
                    yield TensorColumn.of(name, shape, in.floats(rows * elements));
                }
                case SEQUENCE -> {
                    int[] offsets = in.ints(rows + 1);
                    long steps = offsets[rows];
                    expect(bytes, 4L * (rows + 1) + 4L * steps * shape[1], name, file);
                    yield SequenceColumn.of(name, shape[1], in.floats((int) (steps * shape[1])), offsets);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": column '" + name + "': " + e.getMessage(), e);
        }
    }

    private static void expect(long declared, long computed, String name, Path file) throws IOException {
        if (declared != computed) {
            throw new IOException(file + ": column '" + name + "' declares " + declared + " bytes, its type and the row "
                    + "count need " + computed);
        }
    }

    /** Little-endian chunked writes to a channel. */
    private static final class Output {
        final FileChannel channel;
        final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

        Output(FileChannel channel) {
            this.channel = channel;
        }

        ByteBuffer room(int n) throws IOException {
            if (buffer.remaining() < n) {
                flush();
            }
            return buffer;
        }

        void bytes(byte[] b) throws IOException {
            int off = 0;
            while (off < b.length) {
                int n = Math.min(room(1).remaining(), b.length - off);
                buffer.put(b, off, n);
                off += n;
            }
        }

        void floats(java.nio.FloatBuffer src) throws IOException {
            while (src.hasRemaining()) {
                room(4);
                int n = Math.min(buffer.remaining() / 4, src.remaining());
                java.nio.FloatBuffer view = buffer.asFloatBuffer();
                java.nio.FloatBuffer part = src.slice().limit(n);
                view.put(part);
                src.position(src.position() + n);
                buffer.position(buffer.position() + n * 4);
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }

    /** Little-endian chunked reads from a channel, failing with the file name at a premature end. */
    private static final class Input {
        final FileChannel channel;
        final Path file;
        final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

        Input(FileChannel channel, Path file) {
            this.channel = channel;
            this.file = file;
            buffer.limit(0);
        }

        ByteBuffer need(int n) throws IOException {
            if (buffer.remaining() < n) {
                buffer.compact();
                while (buffer.position() < n) {
                    if (channel.read(buffer) < 0) {
                        throw new EOFException(file + ": the file ends early; it is truncated or was not fully written");
                    }
                }
                buffer.flip();
            }
            return buffer;
        }

        int intValue() throws IOException {
            return need(4).getInt();
        }

        byte[] bytes(int n) throws IOException {
            byte[] b = new byte[n];
            int off = 0;
            while (off < n) {
                int k = Math.min(n - off, CHUNK);
                need(k).get(b, off, k);
                off += k;
            }
            return b;
        }

        int[] ints(int n) throws IOException {
            int[] v = new int[n];
            int off = 0;
            while (off < n) {
                int k = Math.min(n - off, CHUNK / 4);
                need(k * 4).asIntBuffer().get(v, off, k);
                buffer.position(buffer.position() + k * 4);
                off += k;
            }
            return v;
        }

        float[] floats(int n) throws IOException {
            float[] v = new float[n];
            int off = 0;
            while (off < n) {
                int k = Math.min(n - off, CHUNK / 4);
                need(k * 4).asFloatBuffer().get(v, off, k);
                buffer.position(buffer.position() + k * 4);
                off += k;
            }
            return v;
        }
    }

    private TableFile() {
    }
}
