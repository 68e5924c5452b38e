package org.neurite.data.table;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of text values out of a known list, e.g. class labels: stored as {@code int} codes into the category
 * list that the spec carries, so the code is the class index a trainer needs. A missing value is
 * {@link #MISSING}.
 */
public final class CategoryColumn implements FixedSizeColumn {

    /** The code that stands for a missing cell. */
    public static final int MISSING = -1;

    /** Orders category names so that numbers sort by value ("2" before "10") and texts alphabetically. */
    public static final Comparator<String> NATURAL_ORDER = (a, b) -> {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            int c = Double.compare(x, y);
            return c != 0 ? c : a.compareTo(b);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    };

    private final ColumnSpec spec;
    private final int[] codes;

    private CategoryColumn(String name, List<String> categories, int[] codes) {
        this.spec = ColumnSpec.category(name, categories);
        this.codes = codes;
    }

    /**
     * A column over {@code codes} (each {@link #MISSING} or an index into {@code categories}), without copying the
     * array: the caller hands it over and must not change it.
     */
    public static CategoryColumn of(String name, List<String> categories, int[] codes) {
        int n = categories.size();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != MISSING && (codes[i] < 0 || codes[i] >= n)) {
                throw new IllegalArgumentException("Category column '" + name + "' row " + i + " has code " + codes[i]
                        + ", but there are only " + n + " categories");
            }
        }
        return new CategoryColumn(name, categories, codes);
    }

    /** The category list; code {@code i} means {@code categories().get(i)}. */
    public List<String> categories() {
        return spec.categories();
    }

    public int categoryCount() {
        return spec.categories().size();
    }

    /** The code of {@code row}: its category's index, or {@link #MISSING}. */
    public int code(int row) {
        return codes[row];
    }

    /** The category of {@code row}, or null when missing. */
    public String category(int row) {
        int c = codes[row];
        return c == MISSING ? null : spec.categories().get(c);
    }

    /** All codes, read-only and without a copy. */
    public IntBuffer codes() {
        return IntBuffer.wrap(codes).asReadOnlyBuffer();
    }

    public int[] toArray() {
        return codes.clone();
    }

    /**
     * Writes one-hot rows for class labels: row {@code rows[i]} sets {@code dest[destOffset + i * classCount + code]}
     * to 1 and the rest of its {@code classCount} floats to 0. A missing code leaves all 0.
     */
    public void copyOneHot(int[] rows, float[] dest, int destOffset, int classCount) {
        oneHot(codes, rows, dest, destOffset, classCount);
    }

    static void oneHot(int[] values, int[] rows, float[] dest, int destOffset, int classCount) {
        if (destOffset < 0 || destOffset + (long) rows.length * classCount > dest.length) {
            throw new IndexOutOfBoundsException("One-hot of " + rows.length + " rows x " + classCount
                    + " classes does not fit a destination of " + dest.length + " floats at " + destOffset);
        }
        Arrays.fill(dest, destOffset, destOffset + rows.length * classCount, 0f);
        for (int i = 0; i < rows.length; i++) {
            int v = values[rows[i]];
            if (v >= 0 && v < classCount) {
                dest[destOffset + i * classCount + v] = 1f;
            }
        }
    }

    /** This column with its codes mapped onto {@code newCategories} (by name); values not in it become missing. */
    public CategoryColumn withCategories(List<String> newCategories) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < newCategories.size(); i++) {
            index.put(newCategories.get(i), i);
        }
        int[] map = new int[categoryCount()];
        for (int i = 0; i < map.length; i++) {
            map[i] = index.getOrDefault(categories().get(i), MISSING);
        }
        int[] out = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = codes[i] == MISSING ? MISSING : map[codes[i]];
        }
        return new CategoryColumn(spec.name(), newCategories, out);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public int rowCount() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c == MISSING ? "" : spec.categories().get(c);
    }

    @Override
    public float element(int row, int index) {
        return codes[row] == MISSING ? Float.NaN : codes[row];
    }

    @Override
    public void copyRows(int[] rows, float[] dest, int destOffset, int destStride) {
        FixedSizeColumn.checkCopy(this, rows.length, dest, destOffset, destStride);
        for (int i = 0, d = destOffset; i < rows.length; i++, d += destStride) {
            int v = codes[rows[i]];
            dest[d] = v == MISSING ? Float.NaN : v;
        }
    }

    @Override
    public CategoryColumn select(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = codes[rows[i]];
        }
        return new CategoryColumn(spec.name(), spec.categories(), out);
    }

    @Override
    public CategoryColumn withName(String name) {
        return new CategoryColumn(name, spec.categories(), codes);
    }

    @Override
    public long dataBytes() {
        return 4L * codes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoryColumn c && c.spec.equals(spec) && Arrays.equals(c.codes, codes);
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + Arrays.hashCode(codes);
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + codes.length + " rows)";
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Collects text values one at a time, numbering categories as they first appear. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> categories = new ArrayList<>();
        private int[] codes = new int[1024];
        private int size;

        public Builder() {
        }

        /** A builder whose codes start from a known category list; new values are appended to it. */
        public Builder(List<String> knownCategories) {
            knownCategories.forEach(this::codeFor);
        }

        /** Adds a value; null means missing. */
        public Builder add(String value) {
            return addCode(value == null ? MISSING : codeFor(value));
        }

        public Builder addCode(int code) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1));
            }
            codes[size++] = code;
            return this;
        }

        /** The code of {@code value}, adding it as a new category if needed. */
        public int codeFor(String value) {
            Integer code = index.get(value);
            if (code == null) {
                code = categories.size();
                index.put(value, code);
                categories.add(value);
            }
            return code;
        }

        public int size() {
            return size;
        }

        /** Categories in order of first appearance. */
        public CategoryColumn build(String name) {
            return new CategoryColumn(name, categories, Arrays.copyOf(codes, size));
        }

        /** Categories in {@link #NATURAL_ORDER}, so that the same values always get the same codes. */
        public CategoryColumn buildSorted(String name) {
            List<String> sorted = new ArrayList<>(categories);
            sorted.sort(NATURAL_ORDER);
            return build(name).withCategories(sorted);
        }
    }
}
