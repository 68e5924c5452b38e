package org.neurite.ui.views;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;

/** The log of the shown workflow's runs: what nodes wrote, failures, and the workbench's own notes. */
public final class ConsoleView extends ViewPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private StyledText text;
    private ActiveWorkflow active;
    private WorkflowSession session;
    private boolean reloadPending;
    private final Consumer<ExecutionEvent> listener = e -> {
        boolean logged = e instanceof ExecutionEvent.Log
                || e instanceof ExecutionEvent.Metrics m && !"iteration".equals(m.scope());
        if (logged && !reloadPending && !text.isDisposed()) {
            reloadPending = true; // a chatty node must not rebuild the text for every line
            text.getDisplay().timerExec(100, () -> {
                reloadPending = false;
                reload();
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setMargins(6, 4, 6, 4);
        text.setFont(parent.getDisplay().getSystemFont());
        Action clear = new Action("Clear") {
            @Override
            public void run() {
                if (session != null) {
                    session.clearLog();
                    reload();
                }
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(clear);
        active = new ActiveWorkflow(getSite().getPage(), this::show);
        show(active.current());
    }

    private void show(WorkflowEditor editor) {
        if (session != null) {
            session.removeListener(listener);
        }
        session = editor == null ? null : editor.session();
        if (session != null) {
            session.addListener(listener);
        }
        reload();
    }

    /** What the console shows now (for tests). */
    public String text() {
        return text.getText();
    }

    private void reload() {
        if (text.isDisposed()) {
            return;
        }
        if (session == null) {
            text.setText("");
            return;
        }
        StringBuilder out = new StringBuilder();
        java.util.List<StyleRange> styles = new java.util.ArrayList<>();
        for (WorkflowSession.LogLine line : session.log()) {
            int start = out.length();
            out.append(TIME.format(line.time())).append("  ");
            if (!line.nodeId().isEmpty()) {
                out.append('[').append(line.nodeId()).append("] ");
            }
            out.append(line.message()).append('\n');
            if (line.level() != ExecutionEvent.Level.INFO) {
                StyleRange style = new StyleRange();
                style.start = start;
                style.length = out.length() - start;
                style.foreground = text.getDisplay().getSystemColor(
                        line.level() == ExecutionEvent.Level.ERROR ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW);
                styles.add(style);
            }
        }
        text.setText(out.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
        text.setTopIndex(Math.max(0, text.getLineCount() - 1));
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
