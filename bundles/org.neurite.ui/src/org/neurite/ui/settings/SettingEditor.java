package org.neurite.ui.settings;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.neurite.engine.settings.SettingField;
import org.neurite.engine.settings.SettingsException;

/**
 * The control that edits one setting, chosen from its type: a spinner for whole numbers with bounds, a
 * checkbox, a list of choices, or a text field checked as the user types.
 */
abstract class SettingEditor {

    /** Key of the setting's name on its control, so tests and tools can find the control of a setting. */
    static final String SETTING_KEY = "neurite.setting";

    final SettingField field;

    SettingEditor(SettingField field) {
        this.field = field;
    }

    abstract Control control();

    /** The typed value the control holds; fails with a message naming the setting when it does not parse. */
    abstract Object value() throws SettingsException;

    /** What is wrong with the current input, or empty. */
    Optional<String> problem() {
        try {
            return field.violation(value());
        } catch (SettingsException e) {
            return Optional.of(e.getMessage());
        }
    }

    static SettingEditor create(Composite parent, SettingField field, Object current, Runnable changed) {
        SettingEditor editor = switch (field.type()) {
            case INT -> new IntEditor(parent, field, (Integer) current);
            case BOOLEAN -> new BooleanEditor(parent, field, (Boolean) current);
            case CHOICE -> new ChoiceEditor(parent, field, (Enum<?>) current);
            case LONG, DOUBLE, TEXT, TEXT_LIST -> new TextEditor(parent, field, current);
        };
        Control control = editor.control();
        control.setData(SETTING_KEY, field.name());
        control.setToolTipText(field.description());
        control.addListener(SWT.Modify, e -> changed.run());
        control.addListener(SWT.Selection, e -> changed.run());
        return editor;
    }

    private static final class IntEditor extends SettingEditor {
        private final Spinner spinner;

        IntEditor(Composite parent, SettingField field, int current) {
            super(field);
            spinner = new Spinner(parent, SWT.BORDER);
            int min = field.hasMin() ? (int) Math.max(Integer.MIN_VALUE, Math.ceil(field.min())) : Integer.MIN_VALUE;
            int max = field.hasMax() ? (int) Math.min(Integer.MAX_VALUE, Math.floor(field.max())) : Integer.MAX_VALUE;
            spinner.setValues(current, min, max, 0, 1, 10);
        }

        @Override
        Control control() {
            return spinner;
        }

        @Override
        Object value() throws SettingsException {
            // the text, not getSelection(): a value typed but not yet committed by the spinner counts too
            return field.parse(spinner.getText());
        }
    }

    private static final class BooleanEditor extends SettingEditor {
        private final Button check;

        BooleanEditor(Composite parent, SettingField field, boolean current) {
            super(field);
            check = new Button(parent, SWT.CHECK);
            check.setSelection(current);
        }

        @Override
        Control control() {
            return check;
        }

        @Override
        Object value() {
            return check.getSelection();
        }
    }

    private static final class ChoiceEditor extends SettingEditor {
        private final Combo combo;
        private final List<Enum<?>> choices;

        ChoiceEditor(Composite parent, SettingField field, Enum<?> current) {
            super(field);
            choices = field.choices();
            combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
            choices.forEach(c -> combo.add(SettingField.choiceLabel(c)));
            combo.select(Math.max(0, choices.indexOf(current)));
        }

        @Override
        Control control() {
            return combo;
        }

        @Override
        Object value() {
            return choices.get(Math.max(0, combo.getSelectionIndex()));
        }
    }

    private static final class TextEditor extends SettingEditor {
        private final Text text;

        TextEditor(Composite parent, SettingField field, Object current) {
            super(field);
            text = new Text(parent, SWT.BORDER | SWT.SINGLE);
            text.setText(field.format(current));
            text.setMessage(field.expected());
        }

        @Override
        Control control() {
            return text;
        }

        @Override
        Object value() throws SettingsException {
            return field.parse(text.getText());
        }
    }
}
