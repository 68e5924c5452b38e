package org.neurite.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.Series;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;

/**
 * Watches training: live charts of the metrics a node streams (loss, validation loss, accuracy, learning rate,
 * whatever it reports, per iteration and per epoch), a Stop button that ends training and keeps the model, and
 * the curves a node's output carries at configure time (e.g. a learning-rate schedule) before anything runs.
 */
public final class TrainingMonitorView extends ViewPart {

    private static final int MAX_POINTS = 2000;
    private static final int[] PALETTE = { 0x2F7DE1, 0xD0342C, 0x22A34A, 0xE0A526, 0x8E44AD, 0x16A085, 0x7F8C8D };

    private ActiveWorkflow active;
    private WorkflowSession session;
    private Label heading;
    private Button stop;
    private Chart live;
    private Chart curves;
    private String liveNode;
    private WorkflowNode curveNode;
    private boolean redrawPending;
    private final List<Color> colors = new ArrayList<>();
    private final Consumer<ExecutionEvent> listener = this::onEvent;
    private final ISelectionChangedListener selectionListener = e -> selectionChanged(e.getSelection());
    private WorkflowEditor editor;

    @Override
    public void createPartControl(Composite parent) {
        Display display = parent.getDisplay();
        for (int rgb : PALETTE) {
            colors.add(new Color(display, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        }
        parent.addDisposeListener(e -> colors.forEach(Color::dispose));
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        heading = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
        stop = new Button(bar, SWT.PUSH);
        stop.setText("Stop training");
        stop.setToolTipText("End training now and keep the model as it is (the node finishes normally)");
        stop.addListener(SWT.Selection, e -> {
            if (session != null && liveNode != null) {
                session.executor().requestStop(liveNode);
                session.note("Stop requested for " + liveNode);
            }
        });
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        live = chart(sash, "Training", "iteration");
        live.getTitle().setVisible(false); // the heading above names the node and its state
        curves = chart(sash, "Curves", "step");
        sash.setWeights(3, 2);
        // SWTChart keeps series points computed for the size it had; recompute them when the view is resized
        live.addListener(SWT.Resize, e -> scheduleRedraw());
        curves.addListener(SWT.Resize, e -> scheduleCurves());
        active = new ActiveWorkflow(getSite().getPage(), this::show);
        show(active.current());
    }

    private static Chart chart(Composite parent, String title, String xTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText("value");
        chart.getLegend().setPosition(SWT.RIGHT);
        // SWTChart's compression caches points for the plot size it last saw and draws stale curves after a
        // resize; the monitor thins long series itself instead (see MAX_POINTS)
        chart.enableCompress(false);
        return chart;
    }

    private void show(WorkflowEditor shown) {
        if (session != null) {
            session.removeListener(listener);
        }
        if (editor != null) {
            editor.getSite().getSelectionProvider().removeSelectionChangedListener(selectionListener);
        }
        editor = shown;
        session = editor == null ? null : editor.session();
        liveNode = null;
        curveNode = null;
        if (session != null) {
            session.addListener(listener);
            // the selection of the shown editor, even while this view is the active part
            editor.getSite().getSelectionProvider().addSelectionChangedListener(selectionListener);
            List<String> reported = session.nodesWithMetrics();
            liveNode = reported.isEmpty() ? null : reported.get(reported.size() - 1);
        }
        redrawLive();
        redrawCurves();
    }

    private void onEvent(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.Metrics m -> {
                liveNode = m.nodeId();
                scheduleRedraw();
            }
            case ExecutionEvent.StateChanged s -> {
                if (s.nodeId().equals(liveNode)) {
                    scheduleRedraw();
                }
                if (curveNode != null && s.nodeId().equals(curveNode.id())) {
                    redrawCurves();
                }
            }
            default -> {
            }
        }
    }

    private void scheduleRedraw() {
        if (!redrawPending && !live.isDisposed()) {
            redrawPending = true;
            live.getDisplay().timerExec(200, () -> {
                redrawPending = false;
                redrawLive();
            });
        }
    }

    private boolean curvesPending;

    /** Redraws the curves once the selection and layout have settled. */
    private void scheduleCurves() {
        if (!curvesPending && !curves.isDisposed()) {
            curvesPending = true;
            curves.getDisplay().timerExec(100, () -> {
                curvesPending = false;
                redrawCurves();
            });
        }
    }

    private void selectionChanged(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof WorkflowNode node) {
            curveNode = node;
            if (session != null && !session.metrics(node.id()).isEmpty()) {
                liveNode = node.id();
                scheduleRedraw();
            }
            scheduleCurves();
        }
    }

    /** The Stop button (for tests). */
    public Button stopButton() {
        return stop;
    }

    /** The number of points the live chart shows now, over all its series (for tests). */
    public int livePointCount() {
        int count = 0;
        for (ISeries<?> s : live.getSeriesSet().getSeries()) {
            count += s.getYSeries() == null ? 0 : s.getYSeries().length;
        }
        return count;
    }

    /** The names of the series on the live chart (for tests). */
    public List<String> liveSeries() {
        return java.util.Arrays.stream(live.getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }

    /** The names of the configure-time curves shown (for tests). */
    public List<String> curveSeries() {
        return java.util.Arrays.stream(curves.getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }

    private void redrawLive() {
        if (live.isDisposed()) {
            return;
        }
        clear(live);
        stop.setEnabled(false);
        if (session == null || liveNode == null) {
            heading.setText("No training yet: run a node that reports metrics (e.g. a trainer) to watch it here.");
            emptyRange(live);
            live.redraw();
            return;
        }
        NodeState state = session.executor().status(liveNode).state();
        stop.setEnabled(state == NodeState.EXECUTING);
        String name = session.workflow().node(liveNode).map(WorkflowNode::describe).orElse(liveNode);
        heading.setText(name + ": " + state.name().toLowerCase(Locale.ROOT));
        IAxisSet axes = live.getAxisSet();
        Map<String, List<WorkflowSession.Point>> metrics = session.metrics(liveNode);
        int epochAxis = -1;
        int rateAxis = -1;
        int i = 0;
        for (Map.Entry<String, List<WorkflowSession.Point>> e : metrics.entrySet()) {
            ILineSeries<?> series = (ILineSeries<?>) live.getSeriesSet().createSeries(SeriesType.LINE, e.getKey());
            List<WorkflowSession.Point> points = thinned(e.getValue());
            series.setXSeries(points.stream().mapToDouble(WorkflowSession.Point::step).toArray());
            series.setYSeries(points.stream().mapToDouble(WorkflowSession.Point::value).toArray());
            style(series, i++, e.getKey().endsWith("(epoch)"));
            if (e.getKey().endsWith("(epoch)")) {
                if (epochAxis < 0) {
                    epochAxis = axes.createXAxis();
                    axes.getXAxis(epochAxis).getTitle().setText("epoch");
                    axes.getXAxis(epochAxis).setPosition(IAxis.Position.Secondary);
                }
                series.setXAxisId(epochAxis);
            }
            if (isRate(e.getKey())) {
                if (rateAxis < 0) {
                    rateAxis = axes.createYAxis();
                    axes.getYAxis(rateAxis).getTitle().setText("learning rate");
                    axes.getYAxis(rateAxis).setPosition(IAxis.Position.Secondary);
                }
                series.setYAxisId(rateAxis);
            }
        }
        axes.adjustRange();
        live.updateLayout(); // the legend changed: lay out axes and plot area again
        live.redraw();
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

    private static boolean isRate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("rate") || n.startsWith("lr ");
    }

    private void redrawCurves() {
        if (curves.isDisposed()) {
            return;
        }
        clear(curves);
        curves.getAxisSet().getXAxis(0).getTitle().setText("step");
        if (session == null || curveNode == null) {
            curves.getTitle().setText("Curves: select a node");
            emptyRange(curves);
            curves.redraw();
            return;
        }
        List<Series> all = new ArrayList<>();
        for (PortSpec spec : session.executor().status(curveNode.id()).specs()) {
            all.addAll(spec.series());
        }
        curves.getTitle().setText(all.isEmpty() ? "No curves on " + curveNode.id() : "Curves of " + curveNode.id());
        int i = 0;
        for (Series s : all) {
            ILineSeries<?> series = (ILineSeries<?>) curves.getSeriesSet().createSeries(SeriesType.LINE, s.name());
            double[] values = s.values();
            double[] steps = new double[values.length];
            for (int k = 0; k < steps.length; k++) {
                steps[k] = k + 1;
            }
            series.setXSeries(steps);
            series.setYSeries(values);
            style(series, i++, true);
            curves.getAxisSet().getXAxis(0).getTitle().setText(s.xLabel());
        }
        curves.getAxisSet().adjustRange();
        curves.updateLayout();
        curves.redraw();
    }

    private void style(ILineSeries<?> series, int index, boolean withSymbols) {
        series.setLineColor(colors.get(index % colors.size()));
        series.setLineWidth(2);
        series.setAntialias(SWT.ON);
        series.setLineStyle(LineStyle.SOLID);
        series.setSymbolType(withSymbols ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
        series.setSymbolSize(3);
        series.setSymbolColor(colors.get(index % colors.size()));
    }

    private static void emptyRange(Chart chart) {
        chart.getAxisSet().getXAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
    }

    private static void clear(Chart chart) {
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

    @Override
    public void setFocus() {
        live.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        if (active != null) {
            active.dispose();
        }
        if (editor != null) {
            editor.getSite().getSelectionProvider().removeSelectionChangedListener(selectionListener);
        }
        super.dispose();
    }
}
