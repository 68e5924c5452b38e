package org.neurite.ui.editor;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A new workflow that has no file yet; Save asks where to put it. */
public final class UntitledInput implements IEditorInput {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;

    public UntitledInput() {
        int n = COUNT.incrementAndGet();
        this.name = n == 1 ? "Untitled.nflow" : "Untitled-" + n + ".nflow";
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
