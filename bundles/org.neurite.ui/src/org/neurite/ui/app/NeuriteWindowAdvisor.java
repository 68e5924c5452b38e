package org.neurite.ui.app;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: menus, a tool bar and a status line, filling the screen. */
final class NeuriteWindowAdvisor extends WorkbenchWindowAdvisor {

    NeuriteWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NeuriteActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle("Neurite");
        configurer.setShowMenuBar(true);
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
    }

    @Override
    public void postWindowCreate() {
        // Without a window manager (e.g. on a virtual display) nothing sizes the window: fill the screen.
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        shell.setBounds(screen);
    }
}
