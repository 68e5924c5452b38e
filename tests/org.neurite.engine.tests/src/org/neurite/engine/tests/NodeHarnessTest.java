package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.Numbers;

class NodeHarnessTest {

    @Test
    void runsTheNodeUnderTheGivenId() throws Exception {
        NodeHarness<AddNode.Settings> harness = NodeHarness.of(new AddNode()).withNodeId("harnessAdd7");
        List<PortObject> out = harness.execute(TestWorkflows.addSettings(), new Numbers.Value(2), new Numbers.Value(3));
        assertEquals(5.0, ((Numbers.Value) out.get(0)).value());
        assertTrue(Numbers.EXECUTIONS.containsKey("harnessAdd7"), Numbers.EXECUTIONS.toString());
    }
}
