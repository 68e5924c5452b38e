package org.neurite.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * How a CSV file is written: delimiter, quote and the texts that mean "no value".
 *
 * @param delimiter     between fields
 * @param quote         around fields, or -1 for none
 * @param missingTokens texts that mean no value, besides an empty field (UTF-8)
 */
record CsvFormat(char delimiter, int quote, List<byte[]> missingTokens) {

    /** Reads a delimiter setting: one character, or {@code \t} / {@code tab} / {@code space}; null if invalid. */
    static Character delimiterOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.equals(" ") ? text : text.trim();
        return switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "\\t", "tab", "\t" -> '\t';
            case "space", " " -> ' ';
            default -> t.length() == 1 && t.charAt(0) < 128 && t.charAt(0) != '\n' && t.charAt(0) != '\r' ? t.charAt(0)
                    : null;
        };
    }

    CsvTokenizer open(Path file) throws IOException {
        return new CsvTokenizer(stream(file), delimiter, quote);
    }

    static InputStream stream(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return new BufferedInputStream(raw, 1 << 16) {
            // the tokenizer reads large blocks itself; skip the extra copy through this buffer for them
        };
    }

    boolean isMissing(CsvTokenizer t, int field) {
        if (t.isEmpty(field)) {
            return true;
        }
        for (byte[] token : missingTokens) {
            if (t.textEquals(field, token)) {
                return true;
            }
        }
        return false;
    }

    static List<byte[]> tokens(List<String> texts) {
        return texts.stream().map(s -> s.trim().getBytes(StandardCharsets.UTF_8)).filter(b -> b.length > 0).toList();
    }
}
