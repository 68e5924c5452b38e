package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.ui.tests.Fixtures.CONV;
import static org.neurite.ui.tests.Fixtures.SOURCE;
import static org.neurite.ui.tests.Fixtures.TRAINER;

import java.time.Duration;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.neurite.engine.workflow.Workflow;
import org.neurite.ui.settings.SettingsDialog;
import org.neurite.ui.testnodes.ConvolutionNode;

/** Double-click opens the generated dialog; OK applies one undoable change, and the shapes follow it. */
class ConfigureDialogTest extends WorkbenchTest {

    private Workflow fixture() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 30, 60), node("conv1", CONV, 270, 120),
                node("train1", TRAINER, 510, 60));
        w.connect("source1", "images", "conv1", "in");
        w.connect("conv1", "out", "train1", "data");
        return w;
    }

    private static Shell dialogShell() {
        for (Shell shell : Ui.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof SettingsDialog) {
                return shell;
            }
        }
        return null;
    }



    private void openDialogOn(String nodeId) {
        Point at = nodeOnScreen(nodeId);
        XRobot.doubleClick(at);
        if (!Ui.poll(Duration.ofSeconds(5), () -> Ui.call(() -> dialogShell() != null))) {
            XRobot.doubleClick(at);
            Ui.waitUntil("the configuration dialog", Duration.ofSeconds(10), () -> Ui.call(() -> dialogShell() != null));
        }
        Ui.settle();
    }

    /** Replaces the text of a setting's control by typing, as a user does. */
    private static void typeInto(String setting, String text) {
        Ui.run(() -> dialogShell().forceActive()); // no window manager gives it the keyboard otherwise
        Point at = Ui.call(() -> Ui.centreOnScreen(Ui.find(dialogShell(),
                c -> setting.equals(c.getData("neurite.setting")))));
        XRobot.click(at);
        XRobot.key("ctrl+a");
        XRobot.type(text);
    }

    private static Point okButton() {
        return Ui.call(() -> {
            Control ok = Ui.find(dialogShell(), c -> c instanceof Button b && "OK".equals(b.getText().replace("&", "")));
            assertNotNull(ok, "the dialog has an OK button");
            return Ui.centreOnScreen(ok);
        });
    }

    private ConvolutionNode.Settings convSettings() {
        return (ConvolutionNode.Settings) editor.session().workflow().node("conv1").orElseThrow().settings();
    }

    @Test
    void doubleClickOpensTheDialogAndOkAppliesAnUndoableChangeThatTheWireShapeFollows() throws Exception {
        open(write("configure.nflow", fixture()));
        Ui.waitUntil("the shape out of conv1", Duration.ofSeconds(5), () -> "[?, 24, 24, 20]".equals(wireLabel("conv1")));

        openDialogOn("conv1");
        assertEquals("Configure Test Convolution 'conv1'", Ui.call(() -> dialogShell().getText()));
        typeInto("kernel", "3");
        typeInto(SettingsDialog.LABEL_KEY, "first conv");
        Screenshots.take("04-configuration-dialog");
        XRobot.click(okButton());
        Ui.waitUntil("the dialog to close", Duration.ofSeconds(10), () -> Ui.call(() -> dialogShell() == null));

        assertEquals(3, convSettings().kernel(), "OK applied the kernel size");
        assertEquals("first conv", editor.session().workflow().node("conv1").orElseThrow().label());
        Ui.waitUntil("the wire shape to follow the kernel", Duration.ofSeconds(5),
                () -> "[?, 26, 26, 20]".equals(wireLabel("conv1")));
        assertEquals("200 params", Ui.call(() -> editor.canvas().diagram().node("conv1").note()));
        Screenshots.take("05-shape-after-kernel-change");

        // one undo takes back the whole dialog change (settings and label)
        Ui.run(() -> editor.setFocus());
        XRobot.click(Ui.call(() -> editor.canvas().toScreen(new Point(700, 420))));
        XRobot.key("ctrl+z");
        Ui.waitUntil("undo to restore the kernel", Duration.ofSeconds(5), () -> convSettings().kernel() == 5);
        assertEquals("", editor.session().workflow().node("conv1").orElseThrow().label());
        Ui.waitUntil("the wire shape to be restored", Duration.ofSeconds(5),
                () -> "[?, 24, 24, 20]".equals(wireLabel("conv1")));
        XRobot.key("ctrl+shift+z");
        Ui.waitUntil("redo", Duration.ofSeconds(5), () -> convSettings().kernel() == 3);
    }

    @Test
    void cancelLosesNothingAndInvalidInputIsShownInline() throws Exception {
        open(write("cancel.nflow", fixture()));
        ConvolutionNode.Settings before = convSettings();

        openDialogOn("conv1");
        typeInto("l2", "2.5");
        Ui.waitUntil("the inline message", Duration.ofSeconds(5), () -> Ui.call(() -> Ui.find(dialogShell(),
                c -> c instanceof org.eclipse.swt.widgets.Label l && l.isVisible()
                        && l.getText().contains("setting 'l2' (L2) must be between 0.0 and 1.0, got 2.5")) != null));
        assertFalse(Ui.call(() -> ((Button) Ui.find(dialogShell(), c -> c instanceof Button b
                && "OK".equals(b.getText().replace("&", "")))).isEnabled()), "OK is disabled while a value is invalid");
        Screenshots.take("06-dialog-inline-validation");
        XRobot.key("Escape");
        Ui.waitUntil("the dialog to close", Duration.ofSeconds(10), () -> Ui.call(() -> dialogShell() == null));

        assertEquals(before, convSettings(), "Cancel left the settings as they were");
        assertFalse(Ui.call(() -> editor.isDirty()), "Cancel made no edit");
        assertTrue(Ui.call(() -> !editor.session().history().canUndo()));
    }
}
