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
        boolean opened = false;
        for (String arg : Platform.getApplicationArgs()) {
            if (arg.endsWith(".nflow") && Files.isRegularFile(Path.of(arg))) {
                opened |= open(page, new WorkflowInput(Path.of(arg)));
            }
        }
        if (!opened && !Boolean.getBoolean("neurite.noInitialEditor")) {
            open(page, new UntitledInput());
        }
    }

    private static boolean open(IWorkbenchPage page, org.eclipse.ui.IEditorInput input) {
        try {
            page.openEditor(input, WorkflowEditor.ID);
            return true;
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Open workflow",
                    "Cannot open " + input.getName(), e.getStatus());
            return false;
        }
    }
}
