package org.neurite.ui.views;

/** The ids of Neurite's views, as declared in plugin.xml. */
public final class ViewIds {

    public static final String REPOSITORY = "org.neurite.ui.views.repository";
    public static final String DESCRIPTION = "org.neurite.ui.views.description";
    public static final String CONSOLE = "org.neurite.ui.views.console";
    public static final String PROBLEMS = "org.neurite.ui.views.problems";
    public static final String MONITOR = "org.neurite.ui.views.monitor";

    private ViewIds() {
    }
}
