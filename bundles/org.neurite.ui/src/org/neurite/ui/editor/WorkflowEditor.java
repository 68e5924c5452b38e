package org.neurite.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.file.WorkflowFile;
import org.neurite.engine.file.WorkflowFileException;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.workflow.Annotation;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowEvent;
import org.neurite.engine.workflow.WorkflowNode;
import org.neurite.ui.NeuriteUi;
import org.neurite.ui.app.StartupTimer;
import org.neurite.ui.editing.AddNodes;
import org.neurite.ui.editing.ChangeAnnotation;
import org.neurite.ui.editing.ConfigureNode;
import org.neurite.ui.editing.Edit;
import org.neurite.ui.editing.RemoveNodes;
import org.neurite.ui.figures.ConnectionFigure;
import org.neurite.ui.figures.DiagramCanvas;
import org.neurite.ui.figures.NodeFigure;
import org.neurite.ui.settings.SettingsDialog;

/**
 * The editor of a {@code *.nflow} workflow: a canvas of nodes and wires. The workflow is the model, the figures
 * the view, and every change goes through an undoable {@link Edit}.
 */
public final class WorkflowEditor extends EditorPart {

    public static final String ID = "org.neurite.ui.editor";
    /** Text a node type carries while dragged from the node repository. */
    public static final String DRAG_PREFIX = "neurite-node:";
    private static final int ANNOTATION_WIDTH = 260;

    private Path file;
    private NodeRegistry registry;
    private WorkflowSession session;
    private DiagramCanvas canvas;
    private WorkflowFigures figures;
    private CanvasController controller;
    private Recovery recovery;
    private final Set<String> selectedNodes = new LinkedHashSet<>();
    private final Set<Connection> selectedWires = new LinkedHashSet<>();
    private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
    private final Consumer<WorkflowEvent> workflowListener = e -> onWorkflowChanged();
    private final Runnable historyListener = this::onHistoryChanged;
    private EditorActions editActions;
    private String recoveredNote;

    // ---- life cycle

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        registry = NeuriteUi.registry();
        file = fileOf(input);
        Workflow workflow;
        try {
            recovery = file != null ? Recovery.forFile(file)
                    : input instanceof UntitledInput untitled ? untitled.recovery() : Recovery.forUntitled();
            String leftover = recovery.leftover().orElse(null);
            if (leftover != null) {
                workflow = WorkflowFile.parse(leftover, recovery.copy().toString(), registry);
                recoveredNote = "Recovered unsaved changes of " + input.getName() + " from "
                        + Files.getLastModifiedTime(recovery.copy()) + ". Save to keep them, or close without saving "
                        + "to drop them.";
            } else {
                workflow = file == null || !Files.exists(file) ? new Workflow() : WorkflowFile.read(file, registry);
            }
        } catch (WorkflowFileException | IOException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        session = new WorkflowSession(site.getShell().getDisplay(), workflow, file == null ? null : file.getParent());
        site.setSelectionProvider(new SelectionProvider());
        setPartName(input.getName());
    }

    /**
     * The workflow file an editor input stands for; null for an untitled workflow. Inside an Eclipse IDE, workspace
     * files arrive as path inputs too.
     */
    static Path fileOf(IEditorInput input) {
        if (input instanceof WorkflowInput w) {
            return w.file();
        }
        if (input instanceof IPathEditorInput p) {
            return p.getPath().toPath();
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        canvas = new DiagramCanvas(parent);
        figures = new WorkflowFigures(canvas.diagram(), session.workflow(), session.executor());
        controller = new CanvasController(this, canvas);
        installDropTarget();
        editActions = new EditorActions(this, getEditorSite().getActionBars(), canvas);
        RunKeys.install(this);
        session.workflow().addListener(workflowListener);
        session.history().addListener(historyListener);
        session.addListener(event -> {
            if (!(event instanceof ExecutionEvent.Log || event instanceof ExecutionEvent.Metrics)) {
                scheduleStatusRefresh();
            }
        });
        figures.rebuild(selectedNodes, selectedWires);
        canvas.updateScrollBars();
        canvas.onFirstPaint(StartupTimer::canvasShown);
        scheduleAutosave();
        if (recoveredNote != null) {
            session.note(recoveredNote);
            session.history().markUnsaved();
        }
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.workflow().removeListener(workflowListener);
            session.history().removeListener(historyListener);
            session.close();
        }
        if (recovery != null) {
            recovery.discard();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    // ---- what views and tests use

    public WorkflowSession session() {
        return session;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** The file this editor saves to; null while untitled. */
    public Path file() {
        return file;
    }

    public Set<String> selectedNodes() {
        return Set.copyOf(selectedNodes);
    }

    /** Why the last wire drawn on the canvas was refused, or null. */
    public String lastRefusal() {
        return controller.lastRefusal();
    }

    CanvasController controller() {
        return controller;
    }

    public void select(Collection<String> nodes, Collection<Connection> wires) {
        selectedNodes.clear();
        selectedNodes.addAll(nodes);
        selectedWires.clear();
        selectedWires.addAll(wires);
        canvas.diagram().nodes().values().forEach(f -> f.setSelected(selectedNodes.contains(f.id())));
        canvas.diagram().connections()
                .forEach(c -> c.setSelected(selectedWires.contains(CanvasController.connectionOf(c))));
        canvas.redraw();
        fireSelection();
        editActions.update();
    }

    /** Applies an edit so that it can be undone; a refused edit is explained to the user. */
    public boolean perform(Edit edit) {
        try {
            session.history().perform(edit);
            return true;
        } catch (WorkflowEditException e) {
            MessageDialog.openError(getSite().getShell(), edit.label(), e.getMessage());
            return false;
        }
    }

    // ---- annotations

    /** Asks for a text and adds a note with it at a model point (its top left corner). */
    public void addAnnotation(Point at) {
        AnnotationDialog dialog = new AnnotationDialog(getSite().getShell(), "Add Annotation", "");
        if (dialog.open() == Window.OK) {
            Workflow workflow = session.workflow();
            Set<String> taken = new java.util.HashSet<>();
            workflow.annotations().forEach(a -> taken.add(a.id()));
            String id = "a1";
            for (int i = 2; taken.contains(id); i++) {
                id = "a" + i;
            }
            perform(new ChangeAnnotation(null, new Annotation(id, dialog.getValue(), new Position(at.x, at.y),
                    ANNOTATION_WIDTH, noteHeight(dialog.getValue(), ANNOTATION_WIDTH))));
        }
    }

    /** Asks for a new text for a note. */
    public void editAnnotation(String id) {
        annotation(id).ifPresent(before -> {
            AnnotationDialog dialog = new AnnotationDialog(getSite().getShell(), "Edit Annotation", before.text());
            if (dialog.open() == Window.OK && !dialog.getValue().equals(before.text())) {
                perform(new ChangeAnnotation(before, new Annotation(id, dialog.getValue(), before.position(),
                        before.width(), Math.max(before.height(), noteHeight(dialog.getValue(), before.width())))));
            }
        });
    }

    /** A height that shows the whole text at about 7 pixels per character (the canvas font). */
    static int noteHeight(String text, int width) {
        int charsPerLine = Math.max(10, (width - 10) / 7);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + charsPerLine - 1) / charsPerLine);
        }
        return Math.max(50, 12 + 18 * lines);
    }

    public void deleteAnnotation(String id) {
        annotation(id).ifPresent(before -> perform(new ChangeAnnotation(before, null)));
    }

    /** Moves and sizes a note to these model bounds. */
    void placeAnnotation(String id, org.eclipse.swt.graphics.Rectangle to) {
        annotation(id).ifPresent(before -> {
            Annotation after = new Annotation(id, before.text(), new Position(to.x, to.y), to.width, to.height);
            if (!after.equals(before)) {
                perform(new ChangeAnnotation(before, after));
            }
        });
    }

    private java.util.Optional<Annotation> annotation(String id) {
        return session.workflow().annotations().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds a node of this type centred on a model point. */
    public WorkflowNode addNode(NodeFactory<?> factory, Point at) {
        Workflow workflow = session.workflow();
        WorkflowNode node = new WorkflowNode(workflow.newNodeId(factory.descriptor().id()), factory,
                factory.descriptor().settings().defaults(), "", new Position(at.x - NodeFigure.WIDTH / 2, at.y - 20));
        if (perform(new AddNodes("Add " + factory.descriptor().name(), List.of(node), List.of()))) {
            select(Set.of(node.id()), Set.of());
            return node;
        }
        return null;
    }

    /** Adds a node of this type in the middle of what the canvas shows. */
    public WorkflowNode addNodeAtCentre(NodeFactory<?> factory) {
        return addNode(factory, canvas.visibleCenter());
    }

    /** Opens the node's configuration dialog; OK applies the changes as one undoable edit. */
    public void configure(String nodeId) {
        WorkflowNode node = session.workflow().node(nodeId).orElse(null);
        if (node == null) {
            return;
        }
        SettingsDialog dialog = new SettingsDialog(getSite().getShell(), node,
                session.executor().status(nodeId).message());
        if (dialog.open() == Window.OK) {
            if (!dialog.settings().equals(node.settings()) || !dialog.label().equals(node.label())) {
                perform(new ConfigureNode(node, dialog.settings(), dialog.label()));
            }
        }
    }

    /** Executes the selected nodes (and what they need), or every node when none is selected. */
    public void execute() {
        Collection<String> targets = selectedNodes.isEmpty() ? session.workflow().nodes().stream()
                .map(WorkflowNode::id).toList() : List.copyOf(selectedNodes);
        session.note("Run started: " + (selectedNodes.isEmpty() ? "all nodes" : String.join(", ", targets)));
        session.executor().execute(targets).thenAccept(this::reportRun);
    }

    public void executeAll() {
        session.note("Run started: all nodes");
        session.executor().executeAll().thenAccept(this::reportRun);
    }

    private void reportRun(RunResult result) {
        StringBuilder text = new StringBuilder(result.cancelled() ? "Run cancelled" : "Run finished");
        text.append(": ").append(result.executed().size()).append(" executed");
        if (!result.failed().isEmpty()) {
            text.append(", ").append(result.failed().size()).append(" failed");
            result.failed().values().forEach(m -> text.append("\n  ").append(m));
        }
        if (!result.skipped().isEmpty()) {
            text.append(", ").append(result.skipped().size()).append(" skipped");
        }
        session.note(text.toString());
    }

    public void cancel() {
        session.executor().cancel();
    }

    /** Resets the selected nodes (every node when none is selected) and what follows them: their results go. */
    public void reset() {
        Collection<String> targets = selectedNodes.isEmpty() ? session.workflow().nodes().stream()
                .map(WorkflowNode::id).toList() : List.copyOf(selectedNodes);
        session.executor().reset(targets);
    }

    /** Asks the selected running nodes (or every running one) to finish early and keep what they have. */
    public void stopSelected() {
        Collection<String> targets = selectedNodes.isEmpty() ? session.workflow().nodes().stream()
                .map(WorkflowNode::id).toList() : selectedNodes;
        targets.forEach(session.executor()::requestStop);
    }

    String specDetails(ConnectionFigure wire) {
        List<PortSpec> specs = session.executor().status(wire.from().node().id()).specs();
        int index = wire.from().index();
        return index < specs.size() ? specs.get(index).details() : "";
    }

    private boolean refreshPending;

    /** Status lights, notes and wire shapes follow the executor, at most every 50 ms. */
    private void scheduleStatusRefresh() {
        if (refreshPending || canvas.isDisposed()) {
            return;
        }
        refreshPending = true;
        canvas.getDisplay().timerExec(50, () -> {
            refreshPending = false;
            if (!canvas.isDisposed()) {
                figures.refreshStatus();
                canvas.redraw();
            }
        });
    }

    // ---- model changes

    private void onWorkflowChanged() {
        if (Display.getCurrent() == null) {
            canvas.getDisplay().asyncExec(this::onWorkflowChanged);
            return;
        }
        if (canvas.isDisposed()) {
            return;
        }
        Workflow workflow = session.workflow();
        boolean selectionChanged = selectedNodes.removeIf(id -> workflow.node(id).isEmpty())
                | selectedWires.removeIf(c -> !workflow.connections().contains(c));
        figures.rebuild(selectedNodes, selectedWires);
        canvas.updateScrollBars();
        canvas.redraw();
        if (selectionChanged) {
            fireSelection();
        }
    }

    private void onHistoryChanged() {
        firePropertyChange(PROP_DIRTY);
        editActions.update();
    }

    // ---- drop from the node repository

    private void installDropTarget() {
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (!(event.data instanceof String text) || !text.startsWith(DRAG_PREFIX)) {
                    event.detail = DND.DROP_NONE;
                    return;
                }
                NodeFactory<?> factory = registry.find(text.substring(DRAG_PREFIX.length())).orElse(null);
                if (factory == null) {
                    event.detail = DND.DROP_NONE;
                    return;
                }
                // where the pointer is now: on a busy machine GTK's last drag position may lag behind it
                Point control = canvas.toControl(canvas.getDisplay().getCursorLocation());
                addNode(factory, canvas.controlToModel(control.x, control.y));
                getSite().getPage().activate(WorkflowEditor.this);
            }
        });
    }

    // ---- saving

    @Override
    public boolean isDirty() {
        return session.history().isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (file == null) {
            doSaveAs();
            return;
        }
        saveTo(file);
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.nflow" });
        dialog.setFilterNames(new String[] { "Neurite workflows (*.nflow)" });
        dialog.setOverwrite(true);
        dialog.setFileName(file == null ? getEditorInput().getName() : file.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith(WorkflowFile.EXTENSION) ? chosen : chosen + WorkflowFile.EXTENSION));
        }
    }

    /** Saves to a new file and continues editing that file. */
    public boolean saveAs(Path target) {
        if (!saveTo(target)) {
            return false;
        }
        recovery.discard();
        file = target.toAbsolutePath().normalize();
        recovery = Recovery.forFile(file);
        setInputWithNotify(new WorkflowInput(file));
        setPartName(file.getFileName().toString());
        return true;
    }

    private boolean saveTo(Path target) {
        try {
            WorkflowFile.write(session.workflow(), target);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Save failed",
                    "Cannot save the workflow to " + target + ": " + e.getMessage()
                            + "\nThe file on disk is unchanged. Choose another place with File > Save As.");
            return false;
        }
        session.history().markSaved();
        recovery.discard();
        RecentFiles.add(target);
        return true;
    }

    private void scheduleAutosave() {
        int seconds = Integer.getInteger("neurite.autosaveSeconds", 30);
        canvas.getDisplay().timerExec(seconds * 1000, new Runnable() {
            @Override
            public void run() {
                if (canvas.isDisposed()) {
                    return;
                }
                if (isDirty()) {
                    recovery.save(WorkflowFile.format(session.workflow()));
                }
                canvas.getDisplay().timerExec(seconds * 1000, this);
            }
        });
    }

    /** Writes the crash-recovery copy now (the timer does this every half minute while there are changes). */
    public void autosaveNow() {
        recovery.save(WorkflowFile.format(session.workflow()));
    }

    // ---- edit commands (the Edit menu, keys and context menu call these through EditorActions)

    /** Undoes (or redoes) the last edit. */
    public void changeHistory(boolean undo) {
        try {
            if (undo) {
                session.history().undo();
            } else {
                session.history().redo();
            }
        } catch (WorkflowEditException e) {
            MessageDialog.openError(getSite().getShell(), undo ? "Undo" : "Redo", e.getMessage());
        }
    }

    public boolean hasSelection() {
        return !selectedNodes.isEmpty() || !selectedWires.isEmpty();
    }

    public void deleteSelection() {
        if (!selectedNodes.isEmpty() || !selectedWires.isEmpty()) {
            perform(new RemoveNodes(List.copyOf(selectedNodes), List.copyOf(selectedWires)));
        }
    }

    public void copySelection() {
        if (selectedNodes.isEmpty()) {
            return;
        }
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        try {
            clipboard.setContents(new Object[] { WorkflowClipboard.copy(session.workflow(), selectedNodes) },
                    new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    public void pasteClipboard() {
        Clipboard clipboard = new Clipboard(canvas.getDisplay());
        String text;
        try {
            text = (String) clipboard.getContents(TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            AddNodes edit = WorkflowClipboard.paste(text, session.workflow(), registry);
            if (perform(edit)) {
                select(edit.nodes().stream().map(WorkflowNode::id).toList(), List.of());
            }
        } catch (WorkflowFileException e) {
            MessageDialog.openError(getSite().getShell(), "Paste",
                    "The clipboard holds no Neurite nodes that can be pasted: " + e.getMessage());
        }
    }

    // ---- selection provider: the selected nodes, for the description view and others

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(getSite().getSelectionProvider(), currentSelection());
        selectionListeners.forEach(l -> l.selectionChanged(event));
    }

    private ISelection currentSelection() {
        Workflow workflow = session.workflow();
        return new StructuredSelection(
                selectedNodes.stream().map(workflow::node).flatMap(java.util.Optional::stream).toList());
    }

    private final class SelectionProvider implements ISelectionProvider {
        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return currentSelection();
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            selectionListeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection selection) {
            if (selection instanceof StructuredSelection s) {
                select(s.stream().filter(WorkflowNode.class::isInstance).map(n -> ((WorkflowNode) n).id()).toList(),
                        List.of());
            }
        }
    }
}
