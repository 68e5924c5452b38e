package org.neurite.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.ViewPart;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.ui.NeuriteUi;
import org.neurite.ui.editor.WorkflowEditor;

/**
 * The installed node types by category, with a search box that filters as the user types. Drag a node onto the
 * canvas, or double-click it to add it in the middle of the canvas. Follows bundles being installed and removed.
 */
public final class NodeRepositoryView extends ViewPart {

    /** A folder of the repository, from the '/'-separated category of node types. */
    record Category(String path, String name, List<Object> children) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Category c && c.path.equals(path);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }

    private NodeRegistry registry;
    private TreeViewer viewer;
    private Text search;
    private final Consumer<NodeRegistry> registryListener = r -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        registry = NeuriteUi.registry();
        GridLayoutFactory.fillDefaults().margins(2, 2).spacing(2, 2).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setMessage("Search nodes");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new Labels());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addFilter(new SearchFilter());
        viewer.setInput(registry);
        viewer.expandAll();
        search.addModifyListener(e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        viewer.addDoubleClickListener(e -> {
            Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (element instanceof NodeFactory<?> factory) {
                addToEditor(factory);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        viewer.addDragSupport(DND.DROP_COPY | DND.DROP_MOVE, new Transfer[] { TextTransfer.getInstance() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        event.doit = selectedFactory() != null;
                    }

                    @Override
                    public void dragSetData(DragSourceEvent event) {
                        NodeFactory<?> factory = selectedFactory();
                        event.data = factory == null ? null : WorkflowEditor.DRAG_PREFIX + factory.descriptor().id();
                    }
                });
        getSite().setSelectionProvider(viewer);
        registry.addChangeListener(registryListener);
    }

    private NodeFactory<?> selectedFactory() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        return element instanceof NodeFactory<?> f ? f : null;
    }

    private void addToEditor(NodeFactory<?> factory) {
        IEditorPart editor = getSite().getPage().getActiveEditor();
        if (editor instanceof WorkflowEditor workflowEditor) {
            workflowEditor.addNodeAtCentre(factory);
            getSite().getPage().activate(workflowEditor);
        }
    }

    private void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.refresh();
            viewer.expandAll();
        }
    }

    /** The search box (for tests and tools). */
    public Text searchBox() {
        return search;
    }

    /** The tree item showing a node type, or null when it is not shown (e.g. filtered out). */
    public TreeItem item(String typeId) {
        viewer.expandAll();
        return find(viewer.getTree().getItems(), typeId);
    }

    private static TreeItem find(TreeItem[] items, String typeId) {
        for (TreeItem item : items) {
            if (item.getData() instanceof NodeFactory<?> f && f.descriptor().id().equals(typeId)) {
                return item;
            }
            TreeItem inner = find(item.getItems(), typeId);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }

    @Override
    public void dispose() {
        if (registry != null) {
            registry.removeChangeListener(registryListener);
        }
        super.dispose();
    }

    /** Categories at the top, node types inside, in the registry's order. */
    private static final class ContentProvider implements ITreeContentProvider {
        private List<Object> roots = List.of();

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            roots = List.of();
        }

        @Override
        public Object[] getElements(Object input) {
            roots = build(((NodeRegistry) input).factories());
            return roots.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Category c ? c.children().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category c && !c.children().isEmpty();
        }

        private static List<Object> build(List<NodeFactory<?>> factories) {
            Map<String, Category> categories = new LinkedHashMap<>();
            List<Object> roots = new ArrayList<>();
            for (NodeFactory<?> factory : factories) {
                String path = factory.descriptor().category().trim();
                if (path.isEmpty()) {
                    path = "Other";
                }
                String[] parts = Arrays.stream(path.split("/")).map(String::trim).filter(s -> !s.isEmpty())
                        .toArray(String[]::new);
                List<Object> into = roots;
                String sofar = "";
                for (String part : parts) {
                    sofar = sofar.isEmpty() ? part : sofar + "/" + part;
                    List<Object> parent = into;
                    Category c = categories.computeIfAbsent(sofar, p -> {
                        Category made = new Category(p, part, new ArrayList<>());
                        parent.add(made);
                        return made;
                    });
                    into = c.children();
                }
                into.add(factory);
            }
            return roots;
        }
    }

    private static final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return element instanceof Category c ? c.name() : ((NodeFactory<?>) element).descriptor().name();
        }

        @Override
        public Image getImage(Object element) {
            return element instanceof NodeFactory<?> f ? NeuriteUi.icon(f) : NeuriteUi.image("icons/category.png");
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof NodeFactory<?> f) {
                String description = f.descriptor().description().split("\n\\s*\n", 2)[0].replace('\n', ' ');
                return f.descriptor().name() + "\n" + (description.length() > 300
                        ? description.substring(0, 297) + "..." : description);
            }
            return null;
        }
    }

    /** Keeps node types whose name, category or description contains every word typed. */
    private final class SearchFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String[] words = search.getText().toLowerCase(Locale.ROOT).trim().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                return true;
            }
            return matches(element, words);
        }

        private boolean matches(Object element, String[] words) {
            if (element instanceof Category c) {
                return c.children().stream().anyMatch(child -> matches(child, words));
            }
            NodeFactory<?> f = (NodeFactory<?>) element;
            String haystack = (f.descriptor().name() + " " + f.descriptor().category() + " "
                    + f.descriptor().description() + " " + f.descriptor().id()).toLowerCase(Locale.ROOT);
            return Arrays.stream(words).allMatch(haystack::contains);
        }
    }
}
