package org.neurite.batch.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.port.Series;

/** How numbers, durations, measurements and curves read in the text output. */
final class Texts {

    private Texts() {
    }

    /** 4 significant digits, no exponent for everyday magnitudes: {@code 0.0812}, {@code 1234}, {@code 1.2e-07}. */
    static String number(double value) {
        return ExecutionEvent.Metrics.number(value);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** {@code learning rate by epoch: 0.1, 0.1, 0.05, ... 0.001 (20 epochs)}: long curves show their ends. */
    static String series(Series series) {
        double[] values = series.values();
        List<String> shown = new ArrayList<>();
        int head = values.length <= 12 ? values.length : 8;
        for (int i = 0; i < head; i++) {
            shown.add(number(values[i]));
        }
        if (head < values.length) {
            shown.add("...");
            for (int i = values.length - 3; i < values.length; i++) {
                shown.add(number(values[i]));
            }
        }
        return series.name() + " by " + series.xLabel() + ": " + String.join(", ", shown) + " (" + values.length
                + " " + series.xLabel() + "s)";
    }

    /** The first line of a text, e.g. of a node's description. */
    static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
