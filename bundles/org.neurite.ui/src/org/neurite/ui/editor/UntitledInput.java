package org.neurite.ui.editor;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A new workflow that has no file yet; Save asks where to put it. */
public final class UntitledInput implements IEditorInput {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;
    /** The crash-recovery copy this workflow comes back from, or null for a new one. */
    private final Recovery recovered;

    public UntitledInput() {
        this(null);
    }

    private UntitledInput(Recovery recovered) {
        int n = COUNT.incrementAndGet();
        this.name = n == 1 ? "Untitled.nflow" : "Untitled-" + n + ".nflow";
        this.recovered = recovered;
    }

    /**
     * Inputs for the untitled workflows a previous run left unsaved (it ended without closing them), so they can be
     * opened again with their content.
     */
    public static java.util.List<UntitledInput> leftOverFromLastRun() {
        return Recovery.untitledLeftovers().stream().map(UntitledInput::new).toList();
    }

    Recovery recovery() {
        return recovered != null ? recovered : Recovery.forUntitled();
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name + " (not saved yet)";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
