package org.neurite.data.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a stream of CSV text into records and fields without creating a String per field: fields are byte
 * ranges of an internal buffer, numbers are parsed straight from the bytes ({@link Numbers}). Follows RFC 4180:
 * a quoted field may hold delimiters, line breaks and doubled quotes. Empty lines are skipped. UTF-8.
 */
final class CsvTokenizer implements Closeable {

    /** A record that breaks the CSV syntax; {@link #column} is 1-based. */
    static final class SyntaxException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;

        SyntaxException(long line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final byte delimiter;
    private final int quote;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    private long bytesConsumed;

    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private boolean[] doubledQuotes = new boolean[64];
    private int fields;
    private long nextLine = 1;
    private long recordLine;

    /**
     * @param quote the quote character, or -1 for none
     */
    CsvTokenizer(InputStream in, char delimiter, int quote) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.quote = quote;
    }

    /** Reads the next non-empty record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            int newlines = parseRecord();
            if (newlines < 0) {
                if (!fill()) {
                    // the input ended inside a quoted field
                    throw new SyntaxException(nextLine, fields + 1, "a quoted field is not closed before the end of the file");
                }
                continue;
            }
            recordLine = nextLine;
            nextLine += newlines;
            if (fields == 1 && ends[0] == starts[0] && !quoted[0]) {
                continue; // an empty line
            }
            return true;
        }
    }

    /**
     * Parses one record from {@code pos}; returns the number of line breaks it consumed, or -1 when the buffer
     * ends before the record does (nothing consumed then).
     */
    private int parseRecord() throws SyntaxException {
        int p = pos;
        int newlines = 0;
        fields = 0;
        while (true) {
            ensureFieldCapacity();
            boolean esc = false;
            int s;
            int e;
            if (quote >= 0 && p < limit && buf[p] == quote) {
                int q = p + 1;
                while (true) {
                    if (q >= limit) {
                        return -1;
                    }
                    byte b = buf[q];
                    if (b == quote) {
                        if (q + 1 >= limit && !eof) {
                            return -1;
                        }
                        if (q + 1 < limit && buf[q + 1] == quote) {
                            esc = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (b == '\n') {
                        newlines++;
                    }
                    q++;
                }
                s = p + 1;
                e = q;
                p = q + 1;
                if (p < limit && buf[p] == '\r') {
                    p++;
                }
                if (p < limit && buf[p] != delimiter && buf[p] != '\n') {
                    throw new SyntaxException(nextLine + newlines, fields + 1,
                            "unexpected text after the closing quote of a field");
                }
                quoted[fields] = true;
                doubledQuotes[fields] = esc;
                starts[fields] = s;
                ends[fields] = e;
            } else {
                s = p;
                while (p < limit && buf[p] != delimiter && buf[p] != '\n') {
                    p++;
                }
                if (p >= limit && !eof) {
                    return -1;
                }
                e = p;
                if (e > s && buf[e - 1] == '\r') {
                    e--;
                }
                starts[fields] = s;
                ends[fields] = e;
                quoted[fields] = false;
                doubledQuotes[fields] = false;
            }
            fields++;
            if (p < limit && buf[p] == delimiter) {
                p++;
                continue;
            }
            if (p < limit && buf[p] == '\n') {
                p++;
                newlines++;
            }
            bytesConsumed += p - pos;
            pos = p;
            return newlines;
        }
    }

    private void ensureFieldCapacity() {
        if (fields == starts.length) {
            int n = starts.length * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            quoted = Arrays.copyOf(quoted, n);
            doubledQuotes = Arrays.copyOf(doubledQuotes, n);
        }
    }

    /** Moves the unconsumed bytes to the front and reads more; false when nothing more can be read. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int remaining = limit - pos;
        if (remaining == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2); // one record larger than the buffer
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, remaining);
        }
        pos = 0;
        limit = remaining;
        int n = in.read(buf, limit, buf.length - limit);
        while (n == 0) {
            n = in.read(buf, limit, buf.length - limit);
        }
        if (n < 0) {
            eof = true;
            return remaining > 0;
        }
        limit += n;
        return true;
    }

    int fieldCount() {
        return fields;
    }

    /** The line (1-based) the current record starts on. */
    long line() {
        return recordLine;
    }

    /** Bytes of input consumed so far (before decompression, if any, is not known here). */
    long bytesConsumed() {
        return bytesConsumed;
    }

    /** Whether field {@code i} was written in quotes. */
    boolean quoted(int i) {
        return quoted[i];
    }

    /** Whether field {@code i} is empty (an empty quoted field {@code ""} counts as empty too). */
    boolean isEmpty(int i) {
        return ends[i] == starts[i] || (!quoted[i] && isBlank(starts[i], ends[i]));
    }

    private boolean isBlank(int s, int e) {
        for (int k = s; k < e; k++) {
            if (buf[k] != ' ' && buf[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Field {@code i} as text: quotes removed, doubled quotes undone, unquoted fields trimmed of spaces. */
    String text(int i) {
        int s = starts[i];
        int e = ends[i];
        if (!quoted[i]) {
            while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
                s++;
            }
            while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
                e--;
            }
        }
        String t = new String(buf, s, e - s, StandardCharsets.UTF_8);
        if (doubledQuotes[i]) {
            String q = String.valueOf((char) quote);
            t = t.replace(q + q, q);
        }
        return t;
    }

    /** Whether field {@code i}'s text equals {@code token} (both as UTF-8 bytes). */
    boolean textEquals(int i, byte[] token) {
        int s = starts[i];
        int e = ends[i];
        if (!quoted[i]) {
            while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
                s++;
            }
            while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
                e--;
            }
        }
        return Arrays.equals(buf, s, e, token, 0, token.length);
    }

    /** Field {@code i} as a number; throws NumberFormatException when it is not one. */
    double parseDouble(int i) {
        return Numbers.parseDouble(buf, starts[i], ends[i]);
    }

    /** Field {@code i} as a whole number of {@code int} range; throws NumberFormatException otherwise. */
    int parseInt(int i) {
        return Numbers.parseInt(buf, starts[i], ends[i]);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
