package org.neurite.ui.figures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;

/** Breaks text into lines no wider than a width, at spaces. */
final class Wrap {

    private Wrap() {
    }

    static List<String> lines(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (gc.textExtent(candidate).x > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
