package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.ui.tests.Fixtures.SOURCE;
import static org.neurite.ui.tests.Fixtures.TRAINER;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.graphics.Point;

import org.junit.jupiter.api.Test;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Workflow;
import org.neurite.ui.figures.Status;
import org.neurite.ui.testnodes.TrainerNode;
import org.neurite.ui.views.ConsoleView;
import org.neurite.ui.views.ProblemsView;
import org.neurite.ui.views.TrainingMonitorView;
import org.neurite.ui.views.ViewIds;

/** Runs a tiny workflow from the workbench: status lights, the console, the training monitor and Stop. */
class RunAndMonitorTest extends WorkbenchTest {

    private Workflow fixture(long delayMillis) throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 60), node("train1", TRAINER, 330, 100));
        w.connect("source1", "images", "train1", "data");
        var trainer = w.node("train1").orElseThrow();
        w.setSettings("train1", SettingsSchema.of(TrainerNode.Settings.class).withText(
                (TrainerNode.Settings) trainer.settings(), "delayMillis", String.valueOf(delayMillis)));
        return w;
    }

    private String tooltip() {
        return String.valueOf(Ui.call(() -> editor.canvas().getToolTipText()));
    }

    private Status light(String nodeId) {
        return Ui.call(() -> editor.canvas().diagram().node(nodeId).status());
    }

    @Test
    void runShowsStatusLightsLogAndLiveMetrics() throws Exception {
        open(write("run.nflow", fixture(20)));
        TrainingMonitorView monitor = (TrainingMonitorView) view(ViewIds.MONITOR);
        Ui.run(() -> editor.select(List.of("train1"), List.of()));
        Ui.waitUntil("the learning-rate schedule before running", Duration.ofSeconds(5),
                () -> Ui.call(monitor::curveSeries).contains("learning rate"));
        assertEquals(Status.CONFIGURED, light("source1"));
        assertEquals(Status.CONFIGURED, light("train1"));

        Ui.run(() -> editor.executeAll());
        Ui.waitUntil("both nodes executed", Duration.ofSeconds(60),
                () -> light("source1") == Status.EXECUTED && light("train1") == Status.EXECUTED);
        Ui.waitUntil("the monitor to show every point", Duration.ofSeconds(10),
                () -> Ui.call(monitor::livePointCount) == 40 + 5 * 4);
        assertTrue(Ui.call(monitor::liveSeries).containsAll(List.of("loss (iteration)", "validation loss (epoch)",
                "accuracy (epoch)", "learning rate (epoch)", "seconds (epoch)", "data wait seconds (epoch)")),
                Ui.call(monitor::liveSeries).toString());
        assertEquals(List.of("Loss", "Accuracy", "Learning rate", "Time (s)"), Ui.call(monitor::liveCharts),
                "one chart per kind of quantity, so a small learning rate is not flattened by the loss");
        ConsoleView console = (ConsoleView) view(ViewIds.CONSOLE);
        Ui.waitUntil("the log in the console", Duration.ofSeconds(5),
                () -> Ui.call(console::text).contains("[train1] epoch 4 done"));
        view(ViewIds.MONITOR);
        Screenshots.take("07-run-finished-monitor");
        view(ViewIds.CONSOLE);
        Screenshots.take("08-run-finished-console");
    }

    @Test
    void runKeysExecuteAndCancel() throws Exception {
        open(write("keys.nflow", fixture(400)));
        XRobot.click(Ui.call(() -> editor.canvas().toScreen(new Point(500, 330)))); // the editor active, nothing selected
        XRobot.key("shift+F7");
        Ui.waitUntil("Shift+F7 to start the trainer", Duration.ofSeconds(20), () -> light("train1") == Status.EXECUTING);
        XRobot.key("F9");
        Ui.waitUntil("F9 to cancel the run", Duration.ofSeconds(20), () -> light("train1") == Status.CONFIGURED);
        assertEquals(Status.EXECUTED, light("source1"), "what finished before the cancel stays executed");

        XRobot.click(nodeOnScreen("source1"));
        Ui.waitUntil("source1 selected", Duration.ofSeconds(5), () -> Ui.call(editor::selectedNodes).contains("source1"));
        XRobot.key("F8");
        Ui.waitUntil("F8 to reset the selected node", Duration.ofSeconds(5), () -> light("source1") == Status.CONFIGURED);
        XRobot.key("F7");
        Ui.waitUntil("F7 to execute the selected node", Duration.ofSeconds(20), () -> light("source1") == Status.EXECUTED);
        assertEquals(Status.CONFIGURED, light("train1"), "F7 runs only the selection and what it needs");
    }

    @Test
    void stopEndsTrainingEarlyAndKeepsTheModel() throws Exception {
        open(write("stop.nflow", fixture(400)));
        TrainingMonitorView monitor = (TrainingMonitorView) view(ViewIds.MONITOR);
        Ui.run(() -> editor.executeAll());
        Ui.waitUntil("training to report points", Duration.ofSeconds(30), () -> Ui.call(monitor::livePointCount) >= 3);
        assertEquals(Status.EXECUTING, light("train1"));
        Screenshots.take("09-training-running");
        Ui.waitUntil("the Stop button to be enabled", Duration.ofSeconds(5), () -> Ui.call(() -> monitor.stopButton().isEnabled()));
        Point stop = Ui.call(() -> monitor.stopButton().toDisplay(monitor.stopButton().getSize().x / 2,
                monitor.stopButton().getSize().y / 2));
        XRobot.click(stop);
        Ui.waitUntil("the trainer to finish after Stop", Duration.ofSeconds(20), () -> light("train1") == Status.EXECUTED);
        assertEquals(NodeState.EXECUTED, editor.session().executor().status("train1").state());
        assertTrue(editor.session().executor().output("train1", "model").isPresent(), "the model was kept");
        assertTrue(editor.session().log().stream().anyMatch(l -> l.message().startsWith("stop requested at iteration")),
                "the trainer saw the stop request");
        assertTrue(Ui.call(monitor::livePointCount) < 40 + 5 * 4, "training ended before its 40 iterations");
    }

    @Test
    void problemsListNamesUnconfiguredNodes() throws Exception {
        open(write("problems.nflow", workflow(node("train1", TRAINER, 200, 100))));
        ProblemsView problems = (ProblemsView) view(ViewIds.PROBLEMS);
        Ui.waitUntil("the problem to be listed", Duration.ofSeconds(5),
                () -> Ui.call(problems::problems).getOrDefault("train1", "").contains("input 'Data' is not connected"));
        assertEquals(Status.UNCONFIGURED, light("train1"));
        String tip = Ui.call(() -> editor.canvas().diagram().node("train1").message());
        assertEquals("Test Trainer 'train1': input 'Data' is not connected", tip);
    }

    @Test
    void aFailedNodeShowsItsMessageOnHoverAndInTheProblemsList() throws Exception {
        Workflow w = workflow(node("source1", SOURCE, 40, 60), node("writer1", Fixtures.FAULTY, 330, 100));
        w.connect("source1", "images", "writer1", "in");
        open(write("failing.nflow", w));
        ProblemsView problems = (ProblemsView) view(ViewIds.PROBLEMS);
        Ui.run(() -> editor.executeAll());
        Ui.waitUntil("the writer to fail", Duration.ofSeconds(30), () -> light("writer1") == Status.FAILED);
        String expected = "Faulty Writer 'writer1': " + org.neurite.ui.testnodes.FaultyNode.PROBLEM;
        Ui.waitUntil("the failure in the problems list", Duration.ofSeconds(5),
                () -> expected.equals(Ui.call(problems::problems).get("writer1")));
        Point over = nodeOnScreen("writer1");
        XRobot.hover(over);
        if (!Ui.poll(Duration.ofSeconds(3), () -> tooltip().contains(expected))) {
            XRobot.hover(new Point(over.x + 10, over.y + 5));
        }
        Ui.waitUntil("the failure in the node's tooltip, got: " + tooltip(), Duration.ofSeconds(5),
                () -> tooltip().contains(expected));
        Screenshots.take("13-failed-node-problems");
    }

    /** Where the tool bar button with this tooltip is on the screen. */
    private static Point toolButton(String tooltipStart) {
        return Ui.call(() -> {
            java.util.Deque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(
                    List.of(Ui.window().getShell().getChildren()));
            while (!todo.isEmpty()) {
                org.eclipse.swt.widgets.Control c = todo.pop();
                if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                    for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                        if (item.getToolTipText() != null && item.getToolTipText().startsWith(tooltipStart)) {
                            org.eclipse.swt.graphics.Rectangle b = item.getBounds();
                            return bar.toDisplay(b.x + b.width / 2, b.y + b.height / 2);
                        }
                    }
                }
                if (c instanceof org.eclipse.swt.widgets.Composite composite) {
                    todo.addAll(List.of(composite.getChildren()));
                }
            }
            throw new AssertionError("no tool bar button '" + tooltipStart + "'");
        });
    }

    @Test
    void toolBarRunsEverythingAndCancelStopsTheRun() throws Exception {
        open(write("cancel-run.nflow", fixture(200)));
        Ui.run(() -> editor.select(List.of(), List.of()));
        XRobot.click(toolButton("Execute every node"));
        Ui.waitUntil("the trainer to run", Duration.ofSeconds(20), () -> light("train1") == Status.EXECUTING);
        XRobot.click(toolButton("Cancel everything"));
        Ui.waitUntil("the run to be cancelled", Duration.ofSeconds(20), () -> light("train1") == Status.CONFIGURED);
        assertEquals(NodeState.CONFIGURED, editor.session().executor().status("train1").state());
        assertTrue(editor.session().executor().output("train1", "model").isEmpty(), "a cancelled node has no output");
        Ui.waitUntil("the console to say so", Duration.ofSeconds(5), () -> editor.session().log().stream()
                .anyMatch(l -> l.message().startsWith("Run cancelled")));
    }

    @Test
    void demoRunPhotographsTheFinishedRun() throws Exception {
        open(write("demo.nflow", fixture(5)));
        java.nio.file.Path png = java.nio.file.Path.of(System.getProperty("neurite.screenshots", "target/screenshots"))
                .resolve("17-demo-run-by-the-workbench.png");
        java.nio.file.Files.deleteIfExists(png);
        XRobot.hover(Ui.call(() -> editor.canvas().toScreen(new Point(500, 400)))); // no tooltip in the picture
        Ui.run(() -> org.neurite.ui.app.DemoRun.start(editor, png, false));
        Ui.waitUntil("the workbench's own screenshot", Duration.ofSeconds(60), () -> java.nio.file.Files.exists(png));
        assertEquals(Status.EXECUTED, light("train1"));
        org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageData(png.toString());
        org.eclipse.swt.graphics.Point size = Ui.call(() -> Ui.window().getShell().getSize());
        assertEquals(size.x, image.width);
        assertEquals(size.y, image.height);
        assertEquals(List.of("train1"), Ui.call(() -> List.copyOf(editor.selectedNodes())), "the trainer is selected");
    }
}
