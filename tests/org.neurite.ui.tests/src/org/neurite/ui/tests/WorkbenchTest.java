package org.neurite.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.NeuriteUi;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowInput;
import org.neurite.ui.figures.NodeFigure;
import org.neurite.ui.figures.PortFigure;

/** What every workbench test needs: a running workbench, fixture workflows, an open editor, screen positions. */
abstract class WorkbenchTest {

    @TempDir
    Path dir;

    WorkflowEditor editor;

    @BeforeAll
    static void startWorkbench() {
        Ui.awaitWorkbench();
    }

    @AfterEach
    void closeEverything() {
        Ui.run(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != Ui.window().getShell() && !shell.isDisposed()) {
                    shell.close();
                }
            }
            Ui.page().closeAllEditors(false);
        });
        Ui.settle();
    }

    static NodeFactory<?> factory(String typeId) {
        Ui.waitUntil("node type " + typeId + " to be registered", Duration.ofSeconds(30),
                () -> NeuriteUi.registry().find(typeId).isPresent());
        return NeuriteUi.registry().find(typeId).orElseThrow();
    }

    static WorkflowNode node(String id, String typeId, int x, int y) {
        NodeFactory<?> f = factory(typeId);
        return new WorkflowNode(id, f, f.descriptor().settings().defaults(), "", new Position(x, y));
    }

    /** Writes a workflow fixture file. */
    Path write(String name, Workflow workflow) throws IOException {
        Path file = dir.resolve(name);
        WorkflowFile.write(workflow, file);
        return file;
    }

    static Workflow workflow(WorkflowNode... nodes) throws WorkflowEditException {
        Workflow w = new Workflow();
        for (WorkflowNode n : nodes) {
            w.addNode(n);
        }
        return w;
    }

    /** Opens a workflow file in the workbench, as File > Open does, and waits until its canvas shows. */
    WorkflowEditor open(Path file) {
        editor = Ui.call(() -> (WorkflowEditor) Ui.page().openEditor(new WorkflowInput(file), WorkflowEditor.ID));
        Ui.waitUntil("the canvas to be visible", Duration.ofSeconds(20), () -> Ui.call(() -> {
            Rectangle area = editor.canvas().getClientArea();
            return editor.canvas().isVisible() && area.width > 300 && area.height > 200;
        }));
        Ui.settle();
        return editor;
    }

    IViewPart view(String id) {
        return Ui.call(() -> Ui.page().showView(id));
    }

    /** Where a node's port is on the screen. */
    Point portOnScreen(String nodeId, String portId, boolean input) {
        return Ui.call(() -> {
            NodeFigure f = editor.canvas().diagram().node(nodeId);
            PortFigure p = input ? f.input(portId) : f.output(portId);
            return editor.canvas().toScreen(p.center());
        });
    }

    /** The middle of a node's body (below its header, away from its ports), on the screen. */
    Point nodeOnScreen(String nodeId) {
        return Ui.call(() -> {
            Rectangle b = editor.canvas().diagram().node(nodeId).bounds();
            return editor.canvas().toScreen(new Point(b.x + b.width / 2, b.y + 34));
        });
    }

    String wireLabel(String fromNode) {
        return Ui.call(() -> editor.canvas().diagram().connections().stream()
                .filter(c -> c.from().node().id().equals(fromNode)).findFirst().map(c -> c.label()).orElse(null));
    }
}
