package org.neurite.data.idx;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.neurite.data.node.DataException;

/**
 * The IDX format of MNIST and Fashion-MNIST, plain or gzipped (recognised by its first bytes, not its name):
 * big-endian; two zero bytes, a type byte (0x08 unsigned byte, 0x09 signed byte, 0x0B short, 0x0C int, 0x0D float,
 * 0x0E double), a rank byte, one int32 size per dimension, then the values, last dimension fastest.
 *
 * @param file the file
 * @param type the value type code
 * @param dims the sizes; {@code dims[0]} is the item count
 */
record IdxFile(Path file, int type, int[] dims) {

    static final int UNSIGNED_BYTE = 0x08;

    /** Reads just the header. */
    static IdxFile header(Path file) throws DataException {
        try (DataInputStream in = open(file)) {
            return readHeader(file, in);
        } catch (EOFException e) {
            throw new DataException(file + ": the file ends inside the IDX header; it is truncated or not an IDX file");
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static IdxFile readHeader(Path file, DataInputStream in) throws IOException, DataException {
        int zero = in.readUnsignedShort();
        int type = in.readUnsignedByte();
        int rank = in.readUnsignedByte();
        if (zero != 0 || bytesPerValue(type) == 0 || rank < 1) {
            throw new DataException(file + ": not an IDX file (it starts with bytes "
                    + String.format("%02x %02x %02x %02x", zero >> 8, zero & 0xFF, type, rank)
                    + "; IDX files start with 00 00, a type code such as 08, and the number of dimensions)");
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) {
                throw new DataException(file + ": dimension " + (i + 1) + " has a negative size " + dims[i]);
            }
        }
        return new IdxFile(file, type, dims);
    }

    int count() {
        return dims[0];
    }

    /** Values per item: the product of all dimensions but the first. */
    int itemSize() {
        int n = 1;
        for (int i = 1; i < dims.length; i++) {
            n = Math.multiplyExact(n, dims[i]);
        }
        return n;
    }

    String typeName() {
        return switch (type) {
            case 0x08 -> "unsigned byte";
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            default -> "double";
        };
    }

    /**
     * Reads the first {@code items} items as floats, each value times {@code scale}.
     *
     * @param progress called with the fraction done now and then
     */
    float[] read(int items, float scale, java.util.function.DoubleConsumer progress) throws DataException {
        int size = itemSize();
        long total = (long) items * size;
        if (total > Integer.MAX_VALUE - 16) {
            throw new DataException(file + ": " + items + " items of " + size + " values are too many for one column; "
                    + "set a smaller maximum row count");
        }
        float[] out = new float[(int) total];
        int width = bytesPerValue(type);
        byte[] chunk = new byte[width * 65536];
        try (DataInputStream in = open(file)) {
            readHeader(file, in);
            int done = 0;
            while (done < out.length) {
                int n = Math.min(65536, out.length - done);
                int got = in.readNBytes(chunk, 0, n * width);
                if (got < n * width) {
                    long values = done + got / width;
                    throw new DataException(file + ": the file ends after " + (values / Math.max(1, size)) + " of "
                            + items + " items; it is truncated (download or convert it again)");
                }
                decode(chunk, n, out, done, scale);
                done += n;
                progress.accept((double) done / out.length);
            }
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private void decode(byte[] chunk, int n, float[] out, int at, float scale) {
        switch (type) {
            case 0x08 -> {
                for (int i = 0; i < n; i++) {
                    out[at + i] = (chunk[i] & 0xFF) * scale;
                }
            }
            case 0x09 -> {
                for (int i = 0; i < n; i++) {
                    out[at + i] = chunk[i] * scale;
                }
            }
            default -> {
                ByteBuffer b = ByteBuffer.wrap(chunk, 0, n * bytesPerValue(type));
                for (int i = 0; i < n; i++) {
                    double v = switch (type) {
                        case 0x0B -> b.getShort();
                        case 0x0C -> b.getInt();
                        case 0x0D -> b.getFloat();
                        default -> b.getDouble();
                    };
                    out[at + i] = (float) (v * scale);
                }
            }
        }
    }

    private static int bytesPerValue(int type) {
        return switch (type) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> 0;
        };
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxFile f && f.file.equals(file) && f.type == type && Arrays.equals(f.dims, dims);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(dims);
    }
}
