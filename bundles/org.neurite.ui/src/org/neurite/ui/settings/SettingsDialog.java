package org.neurite.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.neurite.engine.settings.SettingField;
import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * A node's configuration dialog, generated from its settings schema: one labelled control per setting (its
 * description as tooltip), grouped by section, each checked as the user types with the message shown beside it.
 * OK is possible only when every value is allowed; Cancel leaves the node as it was.
 */
public final class SettingsDialog extends TitleAreaDialog {

    /** Data key marking the user-label text field (for tests and tools). */
    public static final String LABEL_KEY = "@label";

    private final WorkflowNode node;
    private final String status;
    private final List<SettingEditor> editors = new ArrayList<>();
    private final Map<SettingEditor, Label> problems = new LinkedHashMap<>();
    private Text labelText;
    private Record settings;
    private String label;

    /**
     * @param status the node's current problem, shown at the top when there is one; may be null
     */
    public SettingsDialog(Shell parent, WorkflowNode node, String status) {
        super(parent);
        this.node = node;
        this.status = status;
        this.settings = node.settings();
        this.label = node.label();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The settings the user accepted (the node's own before OK). */
    public Record settings() {
        return settings;
    }

    /** The user label the user accepted. */
    public String label() {
        return label;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Configure " + node.describe());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(node.descriptor().name() + " '" + node.id() + "'");
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);

        Composite top = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        Label labelLabel = new Label(top, SWT.NONE);
        labelLabel.setText("Label:");
        labelText = new Text(top, SWT.BORDER);
        labelText.setText(node.label());
        labelText.setMessage("a name of your own for this node (optional)");
        labelText.setData(SettingEditor.SETTING_KEY, LABEL_KEY);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(labelText);

        SettingsSchema<?> schema = node.descriptor().settings();
        Map<String, Composite> sections = new LinkedHashMap<>();
        for (SettingField field : schema.fields()) {
            Composite section = sections.computeIfAbsent(field.section(), name -> createSection(body, name));
            Label fieldLabel = new Label(section, SWT.NONE);
            fieldLabel.setText(field.label() + ":");
            fieldLabel.setToolTipText(field.description());
            SettingEditor editor = SettingEditor.create(section, field, field.get(node.settings()), this::validate);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(editor.control());
            Label problem = new Label(section, SWT.WRAP);
            problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).exclude(true)
                    .applyTo(problem);
            problem.setVisible(false);
            editors.add(editor);
            problems.put(editor, problem);
        }
        if (schema.fields().isEmpty()) {
            new Label(body, SWT.NONE).setText("This node has no settings.");
        }
        return area;
    }

    private Composite createSection(Composite body, String name) {
        Composite section;
        if (name.isEmpty()) {
            section = new Composite(body, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(section);
        } else {
            Group group = new Group(body, SWT.NONE);
            group.setText(name);
            GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(group);
            section = group;
        }
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(section);
        return section;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        validate();
        return contents;
    }

    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(480, size.x), size.y);
    }

    /** Shows each field's problem beside it and enables OK only when the whole settings record can be made. */
    private void validate() {
        String first = null;
        boolean layoutChanged = false;
        for (SettingEditor editor : editors) {
            Optional<String> problem = editor.problem();
            Label where = problems.get(editor);
            String text = problem.orElse("");
            if (!where.getText().equals(text)) {
                where.setText(text);
                where.setVisible(!text.isEmpty());
                ((org.eclipse.swt.layout.GridData) where.getLayoutData()).exclude = text.isEmpty();
                layoutChanged = true;
            }
            if (first == null && problem.isPresent()) {
                first = problem.get();
            }
        }
        if (first == null) {
            try {
                build();
            } catch (SettingsException | IllegalArgumentException e) {
                first = e.getMessage();
            }
        }
        if (layoutChanged && getShell() != null) {
            getShell().layout(true, true);
        }
        var ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(first == null);
        }
        if (first != null) {
            setErrorMessage(first);
        } else {
            setErrorMessage(null);
            if (status != null && !status.isBlank()) {
                setMessage(status, IMessageProvider.WARNING);
            } else {
                setMessage(summary(node.descriptor().description()));
            }
        }
    }

    private static String summary(String description) {
        String firstParagraph = description.split("\n\\s*\n", 2)[0].replace('\n', ' ').trim();
        return firstParagraph.length() > 220 ? firstParagraph.substring(0, 217) + "..." : firstParagraph;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Record build() throws SettingsException {
        SettingsSchema schema = node.descriptor().settings();
        Record result = node.settings();
        for (SettingEditor editor : editors) {
            result = schema.with(result, editor.field.name(), editor.value());
        }
        return result;
    }

    @Override
    protected void okPressed() {
        try {
            settings = build();
        } catch (SettingsException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        label = labelText.getText().trim();
        super.okPressed();
    }
}
