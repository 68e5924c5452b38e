package org.neurite.data.table;

/** What one cell of a column holds. Every type is stored as primitive arrays; see {@link Column}. */
public enum ColumnType {
    /** A 64-bit number per row; missing is {@code NaN}. Stored in a {@code double[]}. */
    DOUBLE("double"),
    /** A 32-bit whole number per row; missing is {@link IntColumn#MISSING}. Stored in an {@code int[]}. */
    INT("int"),
    /**
     * A text value out of a known list (a class label, a colour): stored as an {@code int[]} of codes into the
     * category list, which the spec carries; missing is {@link CategoryColumn#MISSING}.
     */
    CATEGORY("category"),
    /**
     * A fixed-shape block of floats per row, e.g. an image of shape 28x28x1 (height, width, channels). Stored as
     * one {@code float[]} of rows x elements, row-major.
     */
    TENSOR("tensor"),
    /**
     * A series of T steps x F features per row, T may differ per row. Stored as one {@code float[]} of all steps
     * plus step offsets per row.
     */
    SEQUENCE("sequence");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    /** The name users read and files use, e.g. {@code category}. */
    public String label() {
        return label;
    }

    /** The type named {@code label} (case-insensitive; {@code string} means {@link #CATEGORY}), or null. */
    public static ColumnType fromLabel(String label) {
        String l = label.trim().toLowerCase(java.util.Locale.ROOT);
        if (l.equals("string") || l.equals("text")) {
            return CATEGORY;
        }
        for (ColumnType t : values()) {
            if (t.label.equals(l) || t.name().equalsIgnoreCase(l)) {
                return t;
            }
        }
        return null;
    }
}
