package org.neurite.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.engine.tests.TestWorkflows.add;
import static org.neurite.engine.tests.TestWorkflows.addSettings;
import static org.neurite.engine.tests.TestWorkflows.constant;
import static org.neurite.engine.tests.TestWorkflows.controlled;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neurite.engine.execution.ExecutionEvent;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;
import org.neurite.engine.tests.nodes.AddNode;
import org.neurite.engine.tests.nodes.ConstantNode;
import org.neurite.engine.tests.nodes.ControlledNode;
import org.neurite.engine.tests.nodes.ControlledNode.Behaviour;
import org.neurite.engine.tests.nodes.Numbers;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

class WorkflowExecutorTest {

    @BeforeEach
    void resetCounts() {
        Numbers.EXECUTIONS.clear();
    }

    /** c1 -> x -> sum <- y <- c2: two branches joined by an Add. */
    private static Workflow diamond(Behaviour left, Behaviour right) throws Exception {
        Workflow wf = new Workflow();
        add(wf, "c1", ConstantNode.ID, constant(2));
        add(wf, "c2", ConstantNode.ID, constant(3));
        add(wf, "x", ControlledNode.ID, controlled(left));
        add(wf, "y", ControlledNode.ID, controlled(right));
        add(wf, "sum", AddNode.ID, addSettings());
        wf.connect("c1", "value", "x", "in");
        wf.connect("c2", "value", "y", "in");
        wf.connect("x", "out", "sum", "a");
        wf.connect("y", "out", "sum", "b");
        return wf;
    }

    private static double value(WorkflowExecutor ex, String node, String port) {
        return ((Numbers.Value) ex.output(node, port).orElseThrow()).value();
    }

    @Test
    void specsPropagateAtConfigureTimeAndFollowEdits() throws Exception {
        Workflow wf = diamond(Behaviour.PASS, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            assertEquals(NodeState.CONFIGURED, ex.status("sum").state());
            assertEquals(new Numbers.Spec(true), ex.status("sum").specs().get(0));
            wf.setSettings("c2", constant(0.5));
            assertEquals(new Numbers.Spec(false), ex.status("sum").specs().get(0), "a settings change upstream re-infers");
            assertTrue(Numbers.EXECUTIONS.isEmpty(), "configure touches no data");
        }
    }

    @Test
    void aConfigureErrorNamesTheNodeAndLeavesItUnconfigured() throws Exception {
        Workflow wf = diamond(Behaviour.PASS, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            wf.setSettings("c2", constant(0.5));
            wf.setSettings("sum", new AddNode.Settings(true, 0));
            assertEquals(NodeState.UNCONFIGURED, ex.status("sum").state());
            assertEquals("Add 'sum': input is not an integer: untick 'Integers only'", ex.status("sum").message());
            assertEquals(Map.of("sum", "Add 'sum': input is not an integer: untick 'Integers only'"), ex.problems());
        }
    }

    @Test
    void aMissingRequiredInputAndAnOutOfRangeSettingAreConfigureErrors() throws Exception {
        Workflow wf = new Workflow();
        add(wf, "sum", AddNode.ID, addSettings());
        add(wf, "c", ConstantNode.ID, new ConstantNode.Settings(1, 0, ConstantNode.Kind.PLAIN, List.of(), ""));
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            assertEquals("Add 'sum': input 'First' is not connected", ex.status("sum").message());
            assertEquals("Constant 'c': setting 'repeat' (Repeat) must be between 1 and 10, got 0",
                    ex.status("c").message());
        }
    }

    @Test
    void executesInDependencyOrderAndProducesTheResult() throws Exception {
        Workflow wf = diamond(Behaviour.PASS, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            List<String> started = new CopyOnWriteArrayList<>();
            ex.addListener(e -> {
                if (e instanceof ExecutionEvent.StateChanged s && s.status().state() == NodeState.EXECUTING) {
                    started.add(s.nodeId());
                }
            });
            RunResult result = ex.executeAll().get(30, TimeUnit.SECONDS);
            assertTrue(result.success(), result.toString());
            assertEquals(5.0, value(ex, "sum", "sum"));
            assertTrue(started.indexOf("sum") > started.indexOf("x") && started.indexOf("x") > started.indexOf("c1"),
                    started.toString());
        }
    }

    @Test
    void independentBranchesRunAtTheSameTime() throws Exception {
        // Each branch node waits at a barrier for the other: run one after the other, the first would time out.
        ControlledNode.barrier = new CyclicBarrier(2);
        Workflow wf = diamond(Behaviour.MEET_AT_BARRIER, Behaviour.MEET_AT_BARRIER);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            RunResult result = ex.executeAll().get(30, TimeUnit.SECONDS);
            assertTrue(result.success(), result.toString());
            assertEquals(5.0, value(ex, "sum", "sum"));
        }
    }

    @Test
    void executingOneNodeRunsOnlyWhatItNeeds() throws Exception {
        Workflow wf = diamond(Behaviour.PASS, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            assertTrue(ex.execute(List.of("x")).get(30, TimeUnit.SECONDS).success());
            assertEquals(Map.of("c1", 1, "x", 1), Numbers.EXECUTIONS);
            assertEquals(NodeState.CONFIGURED, ex.status("sum").state());
        }
    }

    @Test
    void aSettingsChangeResetsOnlyItsDownstreamAndOnlyThatRunsAgain() throws Exception {
        Workflow wf = diamond(Behaviour.PASS, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            assertTrue(ex.executeAll().get(30, TimeUnit.SECONDS).success());
            wf.setSettings("c2", constant(10));
            assertEquals(NodeState.EXECUTED, ex.status("x").state(), "the other branch keeps its result");
            assertEquals(NodeState.CONFIGURED, ex.status("y").state());
            assertEquals(NodeState.CONFIGURED, ex.status("sum").state());
            assertTrue(ex.executeAll().get(30, TimeUnit.SECONDS).success());
            assertEquals(Map.of("c1", 1, "x", 1, "c2", 2, "y", 2, "sum", 2), Numbers.EXECUTIONS);
            assertEquals(12.0, value(ex, "sum", "sum"));
        }
    }

    @Test
    void aFailureMarksThatNodeAndStopsOnlyItsDownstream() throws Exception {
        Workflow wf = diamond(Behaviour.FAIL, Behaviour.PASS);
        add(wf, "other", AddNode.ID, addSettings());
        wf.connect("y", "out", "other", "a");
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            RunResult result = ex.executeAll().get(30, TimeUnit.SECONDS);
            assertEquals(Map.of("x", "Controlled 'x': told to fail"), result.failed());
            assertEquals(NodeState.FAILED, ex.status("x").state());
            assertEquals("Controlled 'x': told to fail", ex.status("x").message());
            assertEquals(NodeState.CONFIGURED, ex.status("sum").state(), "downstream of the failure did not run");
            assertTrue(result.skipped().contains("sum"));
            assertEquals(NodeState.EXECUTED, ex.status("other").state(), "the independent branch completed");
        }
    }

    @Test
    void cancelStopsARunningNodePromptlyAndLeavesTheWorkflowConsistent() throws Exception {
        Workflow wf = diamond(Behaviour.LOOP_UNTIL_CANCELLED, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            var run = ex.executeAll();
            waitFor(() -> ex.status("x").state() == NodeState.EXECUTING);
            long start = System.nanoTime();
            ex.cancel();
            RunResult result = run.get(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(result.cancelled());
            assertTrue(millis < 2000, "cancel took " + millis + " ms");
            assertEquals(NodeState.CONFIGURED, ex.status("x").state());
            assertEquals(NodeState.CONFIGURED, ex.status("sum").state());
            assertTrue(ex.status("sum").outputs().isEmpty());
            // the workflow is usable afterwards
            wf.setSettings("x", controlled(Behaviour.PASS));
            assertTrue(ex.executeAll().get(30, TimeUnit.SECONDS).success());
            assertEquals(5.0, value(ex, "sum", "sum"));
        }
    }

    @Test
    void aStopRequestEndsTheNodeNormallyKeepingItsResult() throws Exception {
        Workflow wf = diamond(Behaviour.LOOP_UNTIL_CANCELLED, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            List<ExecutionEvent.Metrics> metrics = new CopyOnWriteArrayList<>();
            ex.addListener(e -> {
                if (e instanceof ExecutionEvent.Metrics m) {
                    metrics.add(m);
                }
            });
            var run = ex.executeAll();
            waitFor(() -> metrics.size() > 3);
            ex.requestStop("x");
            RunResult result = run.get(10, TimeUnit.SECONDS);
            assertTrue(result.success(), result.toString());
            assertEquals(2.0, value(ex, "sum", "sum"), "x stopped early with -1, plus 3");
            assertEquals("loss", metrics.get(0).values().keySet().iterator().next());
            assertTrue(ex.status("x").progress() == 0 && ex.status("x").message() == null);
        }
    }

    @Test
    void removingARunningNodeCancelsItAndItsResultIsDropped() throws Exception {
        Workflow wf = diamond(Behaviour.LOOP_UNTIL_CANCELLED, Behaviour.PASS);
        try (WorkflowExecutor ex = new WorkflowExecutor(wf, null)) {
            var run = ex.executeAll();
            waitFor(() -> ex.status("x").state() == NodeState.EXECUTING);
            wf.removeNode("x");
            RunResult result = run.get(10, TimeUnit.SECONDS);
            assertFalse(result.executed().contains("x"));
            assertEquals(NodeState.UNCONFIGURED, ex.status("sum").state());
            assertEquals("Add 'sum': input 'First' is not connected", ex.status("sum").message());
        }
    }

    /** A node with no ports that records where its context resolves a file it reads and a file it writes. */
    private static final class PathProbe implements NodeFactory<NoSettings> {
        final List<Path> seen = new CopyOnWriteArrayList<>();

        @Override
        public NodeDescriptor<NoSettings> descriptor() {
            return NodeDescriptor.builder("test.path-probe").settings(NoSettings.class);
        }

        @Override
        public NodeModel<NoSettings> createModel() {
            return new NodeModel<>() {
                @Override
                public List<PortSpec> configure(List<PortSpec> in, NoSettings s, NodeContext context) {
                    return List.of();
                }

                @Override
                public List<PortObject> execute(List<PortObject> in, NoSettings s, ExecutionContext context) {
                    seen.add(context.resolve("data/in.csv"));
                    seen.add(context.resolveOutput("scores/out.csv"));
                    seen.add(context.resolveOutput("/abs/model.zip"));
                    return List.of();
                }
            };
        }
    }

    @Test
    void filesANodeWritesResolveAgainstTheOutputDirectoryAndFilesItReadsAgainstTheWorkflowFolder() throws Exception {
        Path flowDir = Path.of("/flows/demo");
        Path outDir = Path.of("/runs/42");
        for (boolean withOut : new boolean[] { true, false }) {
            PathProbe probe = new PathProbe();
            Workflow wf = new Workflow();
            wf.addNode(new WorkflowNode("probe", probe, new NoSettings(), "", Position.ORIGIN));
            try (WorkflowExecutor ex = withOut ? new WorkflowExecutor(wf, flowDir, outDir)
                    : new WorkflowExecutor(wf, flowDir)) {
                assertTrue(ex.executeAll().get(10, TimeUnit.SECONDS).success());
            }
            Path expectedOut = withOut ? outDir : flowDir;
            assertEquals(List.of(flowDir.resolve("data/in.csv"), expectedOut.resolve("scores/out.csv"),
                    Path.of("/abs/model.zip")), probe.seen, withOut ? "with --out" : "without --out");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
