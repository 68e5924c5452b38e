package org.neurite.ui.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

/** Colours and fonts the figures are drawn with; one per canvas, disposed with it. */
public final class Theme {

    private final Display display;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Font bold;
    private final Font small;

    public Theme(Display display) {
        this.display = display;
        FontData[] data = display.getSystemFont().getFontData();
        FontData boldData = new FontData(data[0].getName(), data[0].getHeight(), SWT.BOLD);
        FontData smallData = new FontData(data[0].getName(), Math.max(7, data[0].getHeight() - 1), SWT.NORMAL);
        this.bold = new Font(display, boldData);
        this.small = new Font(display, smallData);
    }

    /** A colour from 0xRRGGBB, cached. */
    public Color rgb(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(display, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    public Font normal() {
        return display.getSystemFont();
    }

    public Font bold() {
        return bold;
    }

    public Font small() {
        return small;
    }

    public Color background() {
        return rgb(0xF7F8FA);
    }

    public Color grid() {
        return rgb(0xDADDE3);
    }

    public Color nodeFill() {
        return rgb(0xFFFFFF);
    }

    public Color nodeHeader() {
        return rgb(0xE8EDF5);
    }

    public Color nodeBorder() {
        return rgb(0x8A94A6);
    }

    public Color selection() {
        return rgb(0x2F7DE1);
    }

    public Color text() {
        return rgb(0x1F2430);
    }

    public Color mutedText() {
        return rgb(0x5F6B7E);
    }

    public Color wire() {
        return rgb(0x6B7689);
    }

    public Color compatible() {
        return rgb(0x22A34A);
    }

    public Color refused() {
        return rgb(0xD0342C);
    }

    public Color bubbleFill() {
        return rgb(0xFFF4E5);
    }

    public void dispose() {
        colors.values().forEach(Color::dispose);
        colors.clear();
        bold.dispose();
        small.dispose();
    }
}
