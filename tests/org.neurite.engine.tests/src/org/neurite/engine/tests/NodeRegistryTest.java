package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.ConstantNode;

class NodeRegistryTest {

    @Test
    void nodeFactoriesContributedThroughDeclarativeServicesAppearInTheRegistry() throws Exception {
        NodeRegistry registry = Osgi.service(NodeRegistry.class);
        // SCR activates the contributing bundle's components asynchronously
        long deadline = System.currentTimeMillis() + 10_000;
        while (registry.find(AddNode.ID).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        List<String> ids = registry.factories().stream().map(f -> f.descriptor().id()).toList();
        assertTrue(ids.containsAll(List.of(ConstantNode.ID, AddNode.ID)), "registered: " + ids);
        NodeFactory<?> constant = registry.find(ConstantNode.ID).orElseThrow();
        assertEquals("Constant", constant.descriptor().name());
        assertNotNull(constant.iconUrl(), "the icon resolves inside the contributing bundle");
    }

    @Test
    void factoriesAreListedByCategoryThenName() throws Exception {
        List<NodeFactory<?>> factories = Osgi.service(NodeRegistry.class).factories();
        for (int i = 1; i < factories.size(); i++) {
            assertTrue(NodeRegistry.ORDER.compare(factories.get(i - 1), factories.get(i)) <= 0);
        }
    }
}
