package org.neurite.ui.views;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;

/**
 * Every node of the shown workflow that cannot be configured or failed, with the message saying why.
 * Double-click selects the node on the canvas.
 */
public final class ProblemsView extends ViewPart {

    private Table table;
    private ActiveWorkflow active;
    private WorkflowEditor editor;
    private final Consumer<ExecutionEvent> listener = e -> {
        if (e instanceof ExecutionEvent.StateChanged) {
            scheduleReload();
        }
    };
    private boolean reloadPending;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        TableColumn node = new TableColumn(table, SWT.LEFT);
        node.setText("Node");
        node.setWidth(160);
        TableColumn problem = new TableColumn(table, SWT.LEFT);
        problem.setText("Problem");
        problem.setWidth(900);
        table.addListener(SWT.DefaultSelection, e -> {
            if (editor != null && e.item != null) {
                editor.select(List.of((String) e.item.getData()), List.of());
                getSite().getPage().activate(editor);
            }
        });
        active = new ActiveWorkflow(getSite().getPage(), this::show);
        show(active.current());
    }

    private void show(WorkflowEditor newEditor) {
        if (editor != null && editor.session() != null) {
            editor.session().removeListener(listener);
        }
        editor = newEditor;
        if (editor != null) {
            editor.session().addListener(listener);
        }
        reload();
    }

    private void scheduleReload() {
        if (!reloadPending && !table.isDisposed()) {
            reloadPending = true;
            table.getDisplay().timerExec(150, () -> {
                reloadPending = false;
                reload();
            });
        }
    }

    /** The problems shown now, as node id -> message (for tests). */
    public Map<String, String> problems() {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (TableItem item : table.getItems()) {
            shown.put((String) item.getData(), item.getText(1));
        }
        return shown;
    }

    private void reload() {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        if (editor == null) {
            return;
        }
        WorkflowSession session = editor.session();
        Map<String, String> problems = session.executor().problems();
        problems.forEach((id, message) -> {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(id);
            item.setText(new String[] { id, message.replace('\n', ' ') });
            item.setImage(org.neurite.ui.NeuriteUi.image("icons/problems.png"));
        });
        setContentDescription(problems.isEmpty() ? "No problems" : problems.size() + " problem(s)");
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (editor != null) {
            editor.session().removeListener(listener);
        }
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
