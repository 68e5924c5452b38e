package org.neurite.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.Series;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;

/**
 * Watches training: live charts of the metrics a node streams (loss, validation loss, accuracy, learning rate,
 * whatever it reports, per iteration and per epoch), a Stop button that ends training and keeps the model, and
 * the curves known at configure time (e.g. a learning-rate schedule) of the selected node and the nodes feeding
 * it, before anything runs.
 */
public final class TrainingMonitorView extends ViewPart {

    private static final int[] PALETTE = { 0x2F7DE1, 0xD0342C, 0x22A34A, 0xE0A526, 0x8E44AD, 0x16A085, 0x7F8C8D };

    private ActiveWorkflow active;
    private WorkflowEditor editor;
    private WorkflowSession session;
    private Label heading;
    private Button stop;
    private MetricCharts live;
    private Chart curves;
    private String liveNode;
    private WorkflowNode curveNode;
    private boolean livePending;
    private boolean curvesPending;
    private final List<Color> colors = new ArrayList<>();
    private final Consumer<ExecutionEvent> listener = this::onEvent;
    private final ISelectionChangedListener selectionListener = e -> selectionChanged(e.getSelection());

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
        live = new MetricCharts(sash, colors, this::scheduleLive);
        curves = new Chart(sash, SWT.NONE);
        curves.getLegend().setPosition(SWT.BOTTOM);
        curves.enableCompress(false); // see MetricCharts
        curves.getAxisSet().getYAxis(0).getTitle().setText("value");
        // SWTChart keeps series points computed for the size it had; recompute them when the view is resized
        curves.addListener(SWT.Resize, e -> scheduleCurves());
        sash.setWeights(3, 1);
        active = new ActiveWorkflow(getSite().getPage(), this::show);
        show(active.current());
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
                scheduleLive();
            }
            case ExecutionEvent.StateChanged s -> {
                if (s.nodeId().equals(liveNode)) {
                    scheduleLive();
                }
                if (curveNode != null) {
                    scheduleCurves();
                }
            }
            default -> {
            }
        }
    }

    /** Redraws the live charts at most five times a second, however fast metrics arrive. */
    private void scheduleLive() {
        if (!livePending && !heading.isDisposed()) {
            livePending = true;
            heading.getDisplay().timerExec(200, () -> {
                livePending = false;
                redrawLive();
            });
        }
    }

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
                scheduleLive();
            }
            scheduleCurves();
        }
    }

    /** The Stop button (for tests). */
    public Button stopButton() {
        return stop;
    }

    /** The number of points the live charts show now (for tests). */
    public int livePointCount() {
        return live.pointCount();
    }

    /** The names of the series on the live charts (for tests). */
    public List<String> liveSeries() {
        return live.seriesNames();
    }

    /** The titles of the live charts, one per kind of quantity (for tests). */
    public List<String> liveCharts() {
        return live.families();
    }

    /** The names of the configure-time curves shown (for tests). */
    public List<String> curveSeries() {
        return java.util.Arrays.stream(curves.getSeriesSet().getSeries()).map(ISeries::getId).toList();
    }

    private void redrawLive() {
        if (heading.isDisposed()) {
            return;
        }
        stop.setEnabled(false);
        if (session == null || liveNode == null) {
            heading.setText("No training yet: run a node that reports metrics (e.g. a trainer) to watch it here.");
            live.show(java.util.Map.of());
            return;
        }
        NodeState state = session.executor().status(liveNode).state();
        stop.setEnabled(state == NodeState.EXECUTING);
        String name = session.workflow().node(liveNode).map(WorkflowNode::describe).orElse(liveNode);
        heading.setText(name + ": " + state.name().toLowerCase(Locale.ROOT));
        live.show(session.metrics(liveNode));
    }

    private void redrawCurves() {
        if (curves.isDisposed()) {
            return;
        }
        MetricCharts.clear(curves);
        curves.getAxisSet().getXAxis(0).getTitle().setText("step");
        List<Series> all = curveNode == null || session == null ? List.of() : curvesAround(curveNode.id());
        if (curveNode == null || session == null) {
            curves.getTitle().setText("Curves: select a node");
        } else {
            curves.getTitle().setText(all.isEmpty() ? "No curves at " + curveNode.id() : "Curves at " + curveNode.id());
        }
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
            live.style(series, i++, true);
            curves.getAxisSet().getXAxis(0).getTitle().setText(s.xLabel());
        }
        if (all.isEmpty()) {
            curves.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
            curves.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        } else {
            curves.getAxisSet().adjustRange();
        }
        curves.getLegend().setVisible(all.size() > 1);
        curves.updateLayout();
        curves.redraw();
    }

    /**
     * The configure-time curves of a node's outputs and of the outputs feeding it: selecting a trainer shows the
     * learning-rate schedule wired into it.
     */
    private List<Series> curvesAround(String nodeId) {
        Set<Series> found = new LinkedHashSet<>();
        for (PortSpec spec : session.executor().status(nodeId).specs()) {
            found.addAll(spec.series());
        }
        for (Connection c : session.workflow().incoming(nodeId)) {
            List<PortSpec> upstream = session.executor().status(c.fromNode()).specs();
            int index = session.workflow().node(c.fromNode()).map(n -> n.descriptor().outputIndex(c.fromPort()))
                    .orElse(-1);
            if (index >= 0 && index < upstream.size()) {
                found.addAll(upstream.get(index).series());
            }
        }
        return List.copyOf(found);
    }

    @Override
    public void setFocus() {
        stop.setFocus();
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
