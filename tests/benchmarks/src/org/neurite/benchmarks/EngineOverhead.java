package org.neurite.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;
import org.neurite.engine.settings.Setting;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * The engine's own cost per node: a chain of 1,000 nodes that each add 1 to a number (so the work is nothing and
 * everything measured is the engine: settings validation, configure, scheduling, events, handing objects on),
 * configured and executed by a {@link WorkflowExecutor} on a plain class path with the product's engine jar.
 * Warm-up runs first; then {@code RESULT} lines with the medians and extremes in microseconds per node.
 */
public final class EngineOverhead {

    static final int NODES = 1000;

    record Count(double value) implements PortObject {
        @Override
        public PortSpec spec() {
            return new CountSpec();
        }
    }

    record CountSpec() implements PortSpec {
        @Override
        public String summary() {
            return "a number";
        }
    }

    static final PortType NUMBER = new PortType("benchmark.number", "Number", CountSpec.class, Count.class, 0x3070C0);

    /** A node whose work is nothing: adds one to its input (or starts at 0). */
    static final class PlusOne implements NodeFactory<PlusOne.Settings> {
        record Settings(@Setting(label = "Step", description = "What to add.", defaultValue = "1") double step) {
        }

        @Override
        public NodeDescriptor<Settings> descriptor() {
            return NodeDescriptor.builder("benchmark.plusOne").name("Plus One").category("Benchmark")
                    .description("Adds one.").optionalInput("in", "In", NUMBER, "A number.")
                    .output("out", "Out", NUMBER, "The number plus one.").settings(Settings.class);
        }

        @Override
        public NodeModel<Settings> createModel() {
            return new NodeModel<>() {
                @Override
                public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                    return List.of(new CountSpec());
                }

                @Override
                public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context) {
                    double before = in.get(0) == null ? 0 : ((Count) in.get(0)).value();
                    return List.of(new Count(before + s.step()));
                }
            };
        }
    }

    private EngineOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path directory = Files.createTempDirectory("neurite-engine-benchmark");
        PlusOne factory = new PlusOne();
        double[] configure = new double[repetitions];
        double[] execute = new double[repetitions];
        for (int r = -5; r < repetitions; r++) {
            Workflow workflow = chain(factory);
            long start = System.nanoTime();
            try (WorkflowExecutor executor = new WorkflowExecutor(workflow, directory)) {
                if (!executor.problems().isEmpty()) {
                    throw new IllegalStateException("The chain does not configure: " + executor.problems());
                }
                long configured = System.nanoTime();
                RunResult result = executor.executeAll().get();
                long executed = System.nanoTime();
                String last = "n" + (NODES - 1);
                double value = ((Count) executor.output(last, "out").orElseThrow()).value();
                if (!result.success() || result.executed().size() != NODES || value != NODES) {
                    throw new IllegalStateException("The chain did not run as expected: " + result + ", last " + value);
                }
                if (r >= 0) {
                    configure[r] = (configured - start) / 1e3 / NODES;
                    execute[r] = (executed - configured) / 1e3 / NODES;
                }
            }
        }
        double[] total = new double[repetitions];
        Arrays.setAll(total, i -> configure[i] + execute[i]);
        print("configure", configure);
        print("execute", execute);
        print("total", total);
    }

    private static Workflow chain(PlusOne factory) throws Exception {
        Workflow workflow = new Workflow();
        PlusOne.Settings settings = factory.descriptor().settings().defaults();
        for (int i = 0; i < NODES; i++) {
            workflow.addNode(new WorkflowNode("n" + i, factory, settings, "", new Position(i * 10, 0)));
            if (i > 0) {
                workflow.connect("n" + (i - 1), "out", "n" + i, "in");
            }
        }
        return workflow;
    }

    private static void print(String what, double[] microsPerNode) {
        double[] sorted = microsPerNode.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "RESULT engine.%s median=%.2f min=%.2f max=%.2f n=%d", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length));
    }
}
