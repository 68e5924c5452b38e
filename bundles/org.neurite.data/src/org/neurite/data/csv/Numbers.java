package org.neurite.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from ASCII bytes. Decimal numbers with at most 18 significant digits and a
 * power-of-ten scale within 10^±22 are computed exactly with one correctly rounded operation (Clinger's fast
 * path), which covers nearly all CSV data; anything else goes to {@link Double#parseDouble}, so results are always
 * the correctly rounded value.
 */
final class Numbers {

    private static final double[] POW10 = new double[23];
    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    static double parseDouble(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        int p = s;
        boolean negative = false;
        if (p < e && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        // up to 18 significant digits fit a long exactly; leading zeros never grow the mantissa
        long mantissa = 0;
        int scale = 0;
        boolean any = false;
        int d;
        while (p < e && (d = b[p] - '0') >= 0 && d <= 9) {
            if (mantissa >= 100_000_000_000_000_000L) {
                return slow(b, s, e);
            }
            mantissa = mantissa * 10 + d;
            any = true;
            p++;
        }
        if (p < e && b[p] == '.') {
            p++;
            while (p < e && (d = b[p] - '0') >= 0 && d <= 9) {
                if (mantissa >= 100_000_000_000_000_000L) {
                    return slow(b, s, e);
                }
                mantissa = mantissa * 10 + d;
                scale--;
                any = true;
                p++;
            }
        }
        if (!any) {
            return slow(b, s, e);
        }
        if (p < e && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            boolean expNegative = false;
            if (p < e && (b[p] == '-' || b[p] == '+')) {
                expNegative = b[p] == '-';
                p++;
            }
            int exp = 0;
            boolean expDigits = false;
            while (p < e && b[p] >= '0' && b[p] <= '9') {
                expDigits = true;
                if (exp < 100_000) {
                    exp = exp * 10 + (b[p] - '0');
                }
                p++;
            }
            if (!expDigits) {
                return slow(b, s, e);
            }
            scale += expNegative ? -exp : exp;
        }
        if (p != e) {
            return slow(b, s, e);
        }
        double value;
        if (mantissa == 0) {
            value = 0;
        } else if (mantissa < (1L << 53) && scale >= -22 && scale <= 22) {
            value = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
        } else {
            return slow(b, s, e);
        }
        return negative ? -value : value;
    }

    private static double slow(byte[] b, int s, int e) {
        String t = new String(b, s, e - s, StandardCharsets.US_ASCII);
        // Java accepts "1d", "0x1p3" and "NaN"; CSV data means plain decimal numbers (and NaN / Infinity)
        if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F") || t.contains("x")
                || t.contains("X")) {
            throw new NumberFormatException(t);
        }
        return Double.parseDouble(t);
    }

    static int parseInt(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        int p = s;
        boolean negative = false;
        if (p < e && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        if (p == e || e - p > 10) {
            throw new NumberFormatException(new String(b, s, e - s, StandardCharsets.UTF_8));
        }
        long v = 0;
        for (; p < e; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(new String(b, s, e - s, StandardCharsets.UTF_8));
            }
            v = v * 10 + d;
        }
        v = negative ? -v : v;
        if (v <= Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            // MIN_VALUE is the missing marker of int columns
            throw new NumberFormatException(new String(b, s, e - s, StandardCharsets.UTF_8));
        }
        return (int) v;
    }

    private Numbers() {
    }
}
