package org.neurite.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.neurite.ui.editor.WorkflowSession;

/**
 * A row of charts for the metrics a node streams, one chart per kind of quantity, so values of different sizes
 * stay readable: losses together, accuracies together, the learning rate, times in seconds together, then anything
 * else by its own name.
 * Iteration-scope series use the bottom axis, epoch-scope series a top "epoch" axis.
 */
final class MetricCharts {

    private static final int MAX_POINTS = 2000;
    private static final List<String> FAMILY_ORDER = List.of("Loss", "Accuracy", "Learning rate", "Time (s)");

    private final Composite area;
    private final List<Color> colors;
    private final Runnable onResize;
    private final Map<String, Chart> charts = new LinkedHashMap<>();

    MetricCharts(Composite parent, List<Color> colors, Runnable onResize) {
        this.area = new Composite(parent, SWT.NONE);
        this.colors = colors;
        this.onResize = onResize;
        show(Map.of());
    }

    Composite control() {
        return area;
    }

    /** What kind of quantity a series is, from its name, e.g. {@code validation loss (epoch)} -> {@code Loss}. */
    static String family(String series) {
        String name = series.replaceAll(" \\([^)]*\\)$", "");
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("loss")) {
            return "Loss";
        }
        if (n.contains("acc")) {
            return "Accuracy";
        }
        if (n.contains("rate") || n.equals("lr")) {
            return "Learning rate";
        }
        if (n.endsWith("seconds")) {
            return "Time (s)";
        }
        return name.isEmpty() ? "Value" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Shows these series (name with scope, e.g. {@code loss (iteration)}, to points). */
    void show(Map<String, List<WorkflowSession.Point>> metrics) {
        Map<String, Map<String, List<WorkflowSession.Point>>> families = new LinkedHashMap<>();
        metrics.forEach((name, points) -> families.computeIfAbsent(family(name), f -> new LinkedHashMap<>())
                .put(name, points));
        List<String> order = new ArrayList<>(families.keySet());
        order.sort(Comparator.comparingInt(MetricCharts::rank));
        if (order.isEmpty()) {
            order.add("Training");
        }
        if (!order.equals(List.copyOf(charts.keySet()))) {
            rebuild(order);
        }
        int colour = 0;
        for (String family : order) {
            Chart chart = charts.get(family);
            clear(chart);
            Map<String, List<WorkflowSession.Point>> series = families.getOrDefault(family, Map.of());
            boolean iterations = series.keySet().stream().anyMatch(s -> !s.endsWith("(epoch)"));
            int epochAxis = -1;
            for (Map.Entry<String, List<WorkflowSession.Point>> e : series.entrySet()) {
                ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, e.getKey());
                List<WorkflowSession.Point> points = thinned(e.getValue());
                line.setXSeries(points.stream().mapToDouble(WorkflowSession.Point::step).toArray());
                line.setYSeries(points.stream().mapToDouble(WorkflowSession.Point::value).toArray());
                boolean epoch = e.getKey().endsWith("(epoch)");
                style(line, colour++, epoch);
                if (epoch && iterations) {
                    if (epochAxis < 0) {
                        IAxisSet axes = chart.getAxisSet();
                        epochAxis = axes.createXAxis();
                        axes.getXAxis(epochAxis).getTitle().setText("epoch");
                        axes.getXAxis(epochAxis).setPosition(IAxis.Position.Secondary);
                    }
                    line.setXAxisId(epochAxis);
                }
            }
            chart.getAxisSet().getXAxis(0).getTitle().setText(iterations || series.isEmpty() ? "iteration" : "epoch");
            chart.getLegend().setVisible(series.size() > 1);
            if (series.isEmpty()) {
                chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
                chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
            } else {
                chart.getAxisSet().adjustRange();
            }
            chart.updateLayout();
            chart.redraw();
        }
    }

    private static int rank(String family) {
        int known = FAMILY_ORDER.indexOf(family);
        return known >= 0 ? known : FAMILY_ORDER.size();
    }

    private void rebuild(List<String> order) {
        charts.values().forEach(Chart::dispose);
        charts.clear();
        GridLayoutFactory.fillDefaults().numColumns(order.size()).equalWidth(true).spacing(4, 0).applyTo(area);
        for (String family : order) {
            Chart chart = new Chart(area, SWT.NONE);
            GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
            chart.getTitle().setText(family);
            chart.getAxisSet().getYAxis(0).getTitle().setVisible(false); // the chart's title says what it is
            chart.getLegend().setPosition(SWT.BOTTOM);
            // SWTChart's compression caches points for the plot size it last saw and draws stale curves after
            // a resize; long series are thinned here instead (see MAX_POINTS)
            chart.enableCompress(false);
            chart.addListener(SWT.Resize, e -> onResize.run());
            charts.put(family, chart);
        }
        area.layout(true, true);
    }

    /** The number of points shown, over every chart (for tests). */
    int pointCount() {
        int count = 0;
        for (Chart chart : charts.values()) {
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                count += s.getYSeries() == null ? 0 : s.getYSeries().length;
            }
        }
        return count;
    }

    /** The names of the series shown, over every chart (for tests). */
    List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        charts.values().forEach(c -> java.util.Arrays.stream(c.getSeriesSet().getSeries()).map(ISeries::getId)
                .forEach(names::add));
        return names;
    }

    /** The charts' titles, one per kind of quantity shown (for tests). */
    List<String> families() {
        return List.copyOf(charts.keySet());
    }

    /** Every k-th point of a long series (and always the last), so a long training stays quick to draw. */
    static List<WorkflowSession.Point> thinned(List<WorkflowSession.Point> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        int stride = (points.size() + MAX_POINTS - 1) / MAX_POINTS;
        List<WorkflowSession.Point> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i += stride) {
            kept.add(points.get(i));
        }
        if ((points.size() - 1) % stride != 0) {
            kept.add(points.get(points.size() - 1));
        }
        return kept;
    }

    void style(ILineSeries<?> series, int index, boolean withSymbols) {
        Color colour = colors.get(index % colors.size());
        series.setLineColor(colour);
        series.setLineWidth(2);
        series.setAntialias(SWT.ON);
        series.setLineStyle(LineStyle.SOLID);
        series.setSymbolType(withSymbols ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
        series.setSymbolSize(3);
        series.setSymbolColor(colour);
    }

    static void clear(Chart chart) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        IAxisSet axes = chart.getAxisSet();
        for (int id : axes.getXAxisIds()) {
            if (id != 0) {
                axes.deleteXAxis(id);
            }
        }
        for (int id : axes.getYAxisIds()) {
            if (id != 0) {
                axes.deleteYAxis(id);
            }
        }
    }
}
