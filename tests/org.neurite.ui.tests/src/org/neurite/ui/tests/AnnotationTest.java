package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.neurite.ui.tests.Fixtures.SOURCE;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.neurite.engine.workflow.Annotation;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;

/**
 * Notes on the canvas: added from the context menu, edited by double-click, moved by dragging, resized by their
 * corner grip, all undoable.
 */
class AnnotationTest extends WorkbenchTest {

    private static Shell dialog(String title) {
        for (Shell shell : Ui.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof InputDialog
                    && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }


    /** Types a text into the open dialog, as a user does, and presses its OK button. */
    private static void answer(String title, String text) {
        Ui.waitUntil("the " + title + " dialog", Duration.ofSeconds(10), () -> Ui.call(() -> dialog(title) != null));
        Ui.run(() -> dialog(title).forceActive()); // no window manager gives it the keyboard otherwise
        Ui.settle();
        XRobot.key("ctrl+a");
        XRobot.type(text);
        Point ok = Ui.call(() -> {
            Control button = Ui.find(dialog(title), c -> c instanceof Button b && "OK".equals(b.getText().replace("&", "")));
            assertNotNull(button, "the dialog has an OK button");
            return Ui.centreOnScreen(button);
        });
        XRobot.click(ok);
        Ui.waitUntil("the dialog to close", Duration.ofSeconds(10), () -> Ui.call(() -> dialog(title) == null));
    }

    private List<Annotation> notes() {
        return editor.session().workflow().annotations();
    }

    private Point noteOnScreen(Annotation a) {
        return Ui.call(() -> editor.canvas().toScreen(new Point(a.position().x() + 30, a.position().y() + 20)));
    }

    @Test
    void aNoteIsAddedEditedMovedAndUndone() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 60));
        open(write("notes.nflow", w));

        XRobot.rightClick(Ui.call(() -> editor.canvas().toScreen(new Point(60, 240))));
        XRobot.key("n"); // Add A&nnotation...
        answer("Add Annotation", "Images of 28 x 28 digits");
        Ui.waitUntil("the note in the workflow", Duration.ofSeconds(5), () -> notes().size() == 1);
        Annotation added = notes().get(0);
        assertEquals("Images of 28 x 28 digits", added.text());
        assertEquals(new Position(60, 240), added.position(), "the note sits where the menu was opened");
        Screenshots.take("18-annotation-added");

        XRobot.doubleClick(noteOnScreen(added));
        answer("Edit Annotation", "MNIST digits, 28 x 28");
        Ui.waitUntil("the new text", Duration.ofSeconds(5), () -> notes().get(0).text().equals("MNIST digits, 28 x 28"));

        Point grab = noteOnScreen(notes().get(0));
        XRobot.drag(grab, new Point(grab.x + 120, grab.y + 40));
        Ui.waitUntil("the note moved", Duration.ofSeconds(5),
                () -> notes().get(0).position().equals(new Position(180, 280)));

        Annotation moved = notes().get(0);
        Point grip = Ui.call(() -> editor.canvas().toScreen(new Point(moved.position().x() + moved.width() - 3,
                moved.position().y() + moved.height() - 3)));
        XRobot.drag(grip, new Point(grip.x + 100, grip.y + 40));
        Ui.waitUntil("the note resized", Duration.ofSeconds(5), () -> notes().get(0).width() == moved.width() + 100);
        assertEquals(moved.height() + 40, notes().get(0).height());
        assertEquals(moved.position(), notes().get(0).position(), "resizing keeps the corner where it was");

        XRobot.click(Ui.call(() -> editor.canvas().toScreen(new Point(600, 60))));
        XRobot.key("ctrl+z");
        Ui.waitUntil("undo of the resize", Duration.ofSeconds(5), () -> notes().get(0).width() == moved.width());
        XRobot.key("ctrl+z");
        Ui.waitUntil("undo of the move", Duration.ofSeconds(5), () -> notes().get(0).position().equals(new Position(60, 240)));
        XRobot.key("ctrl+z");
        Ui.waitUntil("undo of the edit", Duration.ofSeconds(5), () -> notes().get(0).text().equals("Images of 28 x 28 digits"));
        XRobot.key("ctrl+z");
        Ui.waitUntil("undo of the add", Duration.ofSeconds(5), () -> notes().isEmpty());
    }
}
