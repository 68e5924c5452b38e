package org.neurite.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.neurite.ui.editor.UntitledInput;
import org.neurite.ui.editor.WorkflowEditor;
import org.neurite.ui.editor.WorkflowInput;

/** Starts the workbench in the Neurite perspective with the workflows named on the command line, or a new one. */
final class NeuriteWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return NeuritePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NeuriteWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchPage page = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getActivePage();
        WorkflowEditor first = null;
        for (String arg : Platform.getApplicationArgs()) {
            if (arg.endsWith(".nflow") && Files.isRegularFile(Path.of(arg))) {
                WorkflowEditor opened = open(page, new WorkflowInput(Path.of(arg)));
                first = first == null ? opened : first;
            }
        }
        boolean recovered = false;
        for (UntitledInput leftover : UntitledInput.leftOverFromLastRun()) {
            recovered |= open(page, leftover) != null; // unsaved new workflows of a run that crashed
        }
        if (first == null && !recovered && !Boolean.getBoolean("neurite.noInitialEditor")) {
            open(page, new UntitledInput());
        }
        String screenshot = System.getProperty("neurite.demo.screenshot");
        if (screenshot != null && first != null) {
            DemoRun.start(first, Path.of(screenshot), Boolean.getBoolean("neurite.demo.exit"));
        }
    }

    private static WorkflowEditor open(IWorkbenchPage page, org.eclipse.ui.IEditorInput input) {
        try {
            return (WorkflowEditor) page.openEditor(input, WorkflowEditor.ID);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open workflow",
                    "Cannot open " + input.getName(), e.getStatus());
            return null;
        }
    }
}
