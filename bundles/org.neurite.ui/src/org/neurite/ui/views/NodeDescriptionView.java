package org.neurite.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.settings.SettingField;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowSession;
import java.util.function.Consumer;

/**
 * What the selected node (on the canvas or in the repository) does, its ports and its settings, in the words
 * the node itself provides.
 */
public final class NodeDescriptionView extends ViewPart {

    private static final String PLACEHOLDER = "Select a node on the canvas or in the node repository to read what it does.";

    private StyledText text;
    private ActiveWorkflow active;
    private WorkflowSession session;
    private String shownNode;
    private final Consumer<ExecutionEvent> refresh = e -> {
        if (e instanceof ExecutionEvent.StateChanged s && s.nodeId().equals(shownNode)) {
            session.workflow().node(shownNode).ifPresent(n -> show(n.descriptor(), n));
        }
    };
    private Font heading;
    private final ISelectionListener listener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(8, 8, 8, 8);
        FontData data = text.getFont().getFontData()[0];
        heading = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 2, SWT.BOLD);
        text.addDisposeListener(e -> heading.dispose());
        text.setText(PLACEHOLDER);
        getSite().getPage().addPostSelectionListener(listener);
        active = new ActiveWorkflow(getSite().getPage(), this::follow);
        follow(active.current());
        selectionChanged(null, getSite().getPage().getSelection());
    }

    private void follow(WorkflowEditor editor) {
        if (session != null) {
            session.removeListener(refresh);
        }
        if (shownNode != null && !text.isDisposed()) {
            shownNode = null; // it belonged to the workflow shown before
            text.setText(PLACEHOLDER);
            text.setStyleRanges(new StyleRange[0]);
        }
        session = editor == null ? null : editor.session();
        if (session != null) {
            session.addListener(refresh);
        }
    }

    /** What the view shows now (for tests). */
    public String text() {
        return text.getText();
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (text.isDisposed() || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
            return;
        }
        Object first = s.getFirstElement();
        if (first instanceof WorkflowNode node) {
            shownNode = node.id();
            show(node.descriptor(), node);
        } else if (first instanceof NodeFactory<?> factory) {
            shownNode = null;
            show(factory.descriptor(), null);
        }
    }

    private void show(NodeDescriptor<?> d, WorkflowNode node) {
        StringBuilder out = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        headline(out, styles, d.name() + (node == null ? "" : "  '" + node.id() + "'"), heading);
        out.append(d.category().isEmpty() ? "" : d.category() + "\n").append('\n');
        out.append(d.description().strip()).append("\n\n");
        if (!d.inputs().isEmpty()) {
            headline(out, styles, "Inputs", null);
            d.inputs().forEach(p -> port(out, p));
            out.append('\n');
        }
        if (!d.outputs().isEmpty()) {
            headline(out, styles, "Outputs", null);
            d.outputs().forEach(p -> port(out, p));
            out.append('\n');
        }
        List<SettingField> fields = d.settings().fields();
        if (!fields.isEmpty()) {
            headline(out, styles, "Settings", null);
            for (SettingField f : fields) {
                int start = out.length();
                out.append(f.label());
                styles.add(new StyleRange(start, f.label().length(), null, null, SWT.BOLD));
                out.append(" (").append(f.expected()).append("; default ").append(f.format(f.defaultValue()));
                if (node != null) {
                    out.append("; now ").append(f.format(f.get(node.settings())));
                }
                out.append(")\n    ").append(f.description()).append('\n');
                if (f.type() == org.neurite.engine.settings.SettingType.CHOICE) {
                    f.choices().forEach(c -> out.append("      - ").append(SettingField.choiceLabel(c)).append('\n'));
                }
            }
        }
        text.setText(out.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static void headline(StringBuilder out, List<StyleRange> styles, String line, Font font) {
        int start = out.length();
        out.append(line).append('\n');
        StyleRange style = new StyleRange(start, line.length(), null, null, SWT.BOLD);
        style.font = font;
        styles.add(style);
    }

    private static void port(StringBuilder out, PortDescriptor p) {
        out.append("  ").append(p.label()).append(" (").append(p.type().name())
                .append(p.optional() ? ", optional" : "").append(")");
        if (!p.description().isEmpty()) {
            out.append(": ").append(p.description());
        }
        out.append('\n');
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(listener);
        follow(null);
        if (active != null) {
            active.dispose();
        }
        super.dispose();
    }
}
