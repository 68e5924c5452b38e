package org.neurite.ui.editor;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/** Asks for an annotation's text: several lines, wrapped; an empty text is refused. */
final class AnnotationDialog extends InputDialog {

    AnnotationDialog(Shell shell, String title, String text) {
        super(shell, title, "Text of the note (several lines allowed):", text,
                t -> t.isBlank() ? "Write something, or Cancel" : null);
    }

    @Override
    protected int getInputTextStyle() {
        return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(460, 300);
    }
}
