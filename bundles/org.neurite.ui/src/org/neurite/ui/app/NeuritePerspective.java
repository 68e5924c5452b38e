package org.neurite.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.neurite.ui.views.ViewIds;

/** The Neurite perspective: node repository left, editor centre, description right, run views below. */
public final class NeuritePerspective implements IPerspectiveFactory {

    public static final String ID = "org.neurite.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(ViewIds.REPOSITORY, IPageLayout.LEFT, 0.2f, editors);
        layout.addView(ViewIds.DESCRIPTION, IPageLayout.RIGHT, 0.75f, editors);
        IFolderLayout bottom = layout.createFolder("org.neurite.ui.bottom", IPageLayout.BOTTOM, 0.6f, editors);
        bottom.addView(ViewIds.MONITOR);
        bottom.addView(ViewIds.CONSOLE);
        bottom.addView(ViewIds.PROBLEMS);
        for (String id : new String[] { ViewIds.REPOSITORY, ViewIds.DESCRIPTION, ViewIds.MONITOR, ViewIds.CONSOLE,
                ViewIds.PROBLEMS }) {
            layout.addShowViewShortcut(id);
        }
    }
}
