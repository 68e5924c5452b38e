package org.neurite.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.osgi.framework.FrameworkUtil;
import org.neurite.ui.editor.RecentFiles;
import org.neurite.ui.editor.UntitledInput;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowInput;

/** The menus and tool bar: File, Edit, Run and Window. */
final class NeuriteActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchWindow window;
    private IAction newWorkflow;
    private IAction open;
    private IAction save;
    private IAction saveAs;
    private IAction close;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction copy;
    private IAction paste;
    private IAction delete;
    private IAction selectAll;
    private IAction execute;
    private IAction executeAll;
    private IAction cancel;
    private IAction stop;
    private IAction reset;
    private IAction resetPerspective;

    NeuriteActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        window = w;
        newWorkflow = action("&New Workflow", "icons/new.png", () -> open(new UntitledInput()));
        open = action("&Open Workflow...", "icons/open.png", this::openWithDialog);
        save = keep(ActionFactory.SAVE.create(w));
        saveAs = keep(ActionFactory.SAVE_AS.create(w));
        close = keep(ActionFactory.CLOSE.create(w));
        quit = keep(ActionFactory.QUIT.create(w));
        undo = keep(ActionFactory.UNDO.create(w));
        redo = keep(ActionFactory.REDO.create(w));
        copy = keep(ActionFactory.COPY.create(w));
        paste = keep(ActionFactory.PASTE.create(w));
        delete = keep(ActionFactory.DELETE.create(w));
        selectAll = keep(ActionFactory.SELECT_ALL.create(w));
        resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(w));
        execute = editorAction("&Execute Selected", "icons/run.png", WorkflowEditor::execute,
                "Execute the selected nodes and what they need (all nodes when none is selected) (F7)",
                "org.neurite.ui.execute");
        executeAll = editorAction("Execute &All", "icons/runall.png", WorkflowEditor::executeAll,
                "Execute every node of the workflow (Shift+F7)", "org.neurite.ui.executeAll");
        reset = editorAction("&Reset", "icons/reset.png", WorkflowEditor::reset,
                "Reset the selected nodes (all when none is selected) and what follows them (F8)", "org.neurite.ui.reset");
        cancel = editorAction("&Cancel Run", "icons/cancel.png", WorkflowEditor::cancel,
                "Cancel everything that runs; nothing new starts (F9)", "org.neurite.ui.cancel");
        stop = editorAction("&Stop Node", "icons/stop.png", WorkflowEditor::stopSelected,
                "Ask the selected running node (e.g. a trainer) to finish now and keep what it has (Shift+F9)",
                "org.neurite.ui.stop");
    }

    private IAction action(String text, String icon, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setImageDescriptor(icon(icon));
        return action;
    }

    /** {@code command}: the editor's command of the same job (plugin.xml), whose key the menu shows. */
    private IAction editorAction(String text, String icon, Consumer<WorkflowEditor> run, String tip, String command) {
        IAction action = action(text, icon, () -> {
            IEditorPart editor = window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
            if (editor instanceof WorkflowEditor workflowEditor) {
                run.accept(workflowEditor);
            }
        });
        action.setToolTipText(tip);
        action.setActionDefinitionId(command);
        return action;
    }

    private static ImageDescriptor icon(String path) {
        return ImageDescriptor.createFromURL(FrameworkUtil.getBundle(NeuriteActionBarAdvisor.class).getEntry(path));
    }

    private IAction keep(IAction action) {
        super.register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(newWorkflow);
        file.add(open);
        MenuManager recent = new MenuManager("Open &Recent", "org.neurite.ui.recent");
        recent.setRemoveAllWhenShown(true);
        recent.addMenuListener(this::fillRecent);
        recent.add(new Action("(none)") {
        });
        file.add(recent);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(close);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(quit);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(new Separator());
        edit.add(selectAll);

        MenuManager run = new MenuManager("&Run", "org.neurite.ui.run");
        run.add(execute);
        run.add(executeAll);
        run.add(reset);
        run.add(new Separator());
        run.add(cancel);
        run.add(stop);

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(run);
        menuBar.add(windowMenu);
    }

    private void fillRecent(IMenuManager menu) {
        List<Path> files = RecentFiles.list();
        if (files.isEmpty()) {
            Action none = new Action("(none)") {
            };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int n = 1;
        for (Path file : files) {
            menu.add(new Action("&" + n++ + " " + file.getFileName() + "  [" + file.getParent() + "]") {
                @Override
                public void run() {
                    open(new WorkflowInput(file));
                }
            });
        }
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager files = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        files.add(newWorkflow);
        files.add(open);
        files.add(save);
        coolBar.add(new ToolBarContributionItem(files, "org.neurite.ui.toolbar.files")); // distinct ids, or one hides the other
        IToolBarManager runs = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        runs.add(execute);
        runs.add(executeAll);
        runs.add(reset);
        runs.add(cancel);
        runs.add(stop);
        coolBar.add(new ToolBarContributionItem(runs, "org.neurite.ui.toolbar.run"));
    }

    private void openWithDialog() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Workflow");
        dialog.setFilterExtensions(new String[] { "*.nflow", "*" });
        dialog.setFilterNames(new String[] { "Neurite workflows (*.nflow)", "All files" });
        String examples = System.getProperty("neurite.examples");
        if (examples != null) {
            dialog.setFilterPath(examples);
        }
        if (dialog.open() == null) {
            return;
        }
        for (String name : dialog.getFileNames()) {
            open(new WorkflowInput(Path.of(dialog.getFilterPath(), name)));
        }
    }

    private void open(IEditorInput input) {
        try {
            window.getActivePage().openEditor(input, WorkflowEditor.ID);
            if (input instanceof WorkflowInput w) {
                RecentFiles.add(w.file());
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), "Open workflow", "Cannot open " + input.getName(), e.getStatus());
        }
    }
}
