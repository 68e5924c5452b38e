package org.neurite.ui.figures;

/** The status light of a node figure. */
public enum Status {
    UNCONFIGURED(0xD0342C, "not configured"),
    CONFIGURED(0xE0A526, "configured"),
    EXECUTING(0x2F7DE1, "executing"),
    EXECUTED(0x22A34A, "executed"),
    FAILED(0xD0342C, "failed");

    private final int color;
    private final String text;

    Status(int color, String text) {
        this.color = color;
        this.text = text;
    }

    public int color() {
        return color;
    }

    public String text() {
        return text;
    }
}
