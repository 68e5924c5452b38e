package org.neurite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.ui.tests.Fixtures.CONV;
import static org.neurite.ui.tests.Fixtures.SOURCE;

import java.time.Duration;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;
import org.neurite.engine.workflow.Workflow;
import org.neurite.ui.views.NodeRepositoryView;
import org.neurite.ui.views.ViewIds;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The node repository: search as you type, double-click to add, node types coming and going. */
class RepositoryTest extends WorkbenchTest {

    private NodeRepositoryView repository() {
        return (NodeRepositoryView) view(ViewIds.REPOSITORY);
    }

    private static Point centre(TreeItem item) {
        Rectangle b = item.getBounds();
        return item.getParent().toDisplay(b.x + Math.min(b.width / 2, 40), b.y + b.height / 2);
    }

    @Test
    void searchFiltersAsTheUserTypes() throws Exception {
        open(write("search.nflow", new Workflow()));
        NodeRepositoryView repository = repository();
        Point searchBox = Ui.call(() -> {
            Control search = repository.searchBox();
            Rectangle b = search.getBounds();
            return search.getParent().toDisplay(b.x + 30, b.y + b.height / 2);
        });
        XRobot.click(searchBox);
        XRobot.type("convol");
        Ui.waitUntil("the list to be filtered", Duration.ofSeconds(5),
                () -> Ui.call(() -> repository.item(SOURCE) == null && repository.item(CONV) != null));
        Screenshots.take("12-repository-search");
        XRobot.key("ctrl+a", "BackSpace");
        Ui.waitUntil("the whole list back", Duration.ofSeconds(5), () -> Ui.call(() -> repository.item(SOURCE) != null));
    }

    @Test
    void doubleClickAddsTheNodeInTheMiddleOfTheCanvas() throws Exception {
        open(write("dblclick.nflow", new Workflow()));
        NodeRepositoryView repository = repository();
        Ui.run(() -> Ui.page().activate(editor));
        Point centre = Ui.call(() -> editor.canvas().visibleCenter());
        Point item = Ui.call(() -> centre(repository.item(SOURCE)));
        Workflow workflow = editor.session().workflow();
        XRobot.doubleClick(item);
        if (!Ui.poll(Duration.ofSeconds(5), () -> workflow.nodes().size() == 1)) {
            XRobot.doubleClick(item);
            Ui.waitUntil("a node added by double-click", Duration.ofSeconds(10), () -> workflow.nodes().size() == 1);
        }
        assertEquals(SOURCE, workflow.nodes().get(0).typeId());
        // centred on the middle of the canvas (a scroll bar appearing may shift that middle by half its width)
        String id = workflow.nodes().get(0).id();
        Rectangle at = Ui.call(() -> editor.canvas().diagram().node(id).bounds());
        assertTrue(Math.abs(at.x + at.width / 2 - centre.x) <= 10 && Math.abs(at.y + 20 - centre.y) <= 10,
                "node at " + at + " is centred on " + centre);
    }

    @Test
    void nodeTypesOfANewBundleAppearAndDisappear() throws Exception {
        open(write("dynamic.nflow", new Workflow()));
        NodeRepositoryView repository = repository();
        NodeFactory<NoSettings> late = new NodeFactory<>() {
            @Override
            public NodeDescriptor<NoSettings> descriptor() {
                return NodeDescriptor.builder("test.ui.late").name("Late Arrival").category("Test/Plug-ins")
                        .description("Registered while the workbench runs.").settings(NoSettings.class);
            }

            @Override
            public NodeModel<NoSettings> createModel() {
                return new NodeModel<>() {
                    @Override
                    public List<PortSpec> configure(List<PortSpec> in, NoSettings s, NodeContext c) {
                        return List.of();
                    }

                    @Override
                    public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext c) {
                        return List.of();
                    }
                };
            }
        };
        assertNull(Ui.call(() -> repository.item("test.ui.late")));
        @SuppressWarnings("rawtypes")
        ServiceRegistration<NodeFactory> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(NodeFactory.class, late, null);
        try {
            Ui.waitUntil("the new node type in the repository", Duration.ofSeconds(10),
                    () -> Ui.call(() -> repository.item("test.ui.late") != null));
            assertEquals("Late Arrival", Ui.call(() -> repository.item("test.ui.late").getText()));
        } finally {
            registration.unregister();
        }
        Ui.waitUntil("the node type to disappear", Duration.ofSeconds(10),
                () -> Ui.call(() -> repository.item("test.ui.late") == null));
    }
}
