package org.neurite.batch.report;

import java.io.PrintStream;
import java.util.List;

import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.NodeStatus;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.Series;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * {@code neurite validate}'s listing: every node in the order it would run, what each output will carry (shapes,
 * parameter counts, curves known before anything runs), and every configure error under its node.
 */
public final class SpecListing {

    private SpecListing() {
    }

    /**
     * Prints the listing; returns how many nodes cannot be configured.
     *
     * @param details also print each spec's details (a table's columns, a network's layers)
     */
    public static int print(PrintStream out, Workflow workflow, WorkflowExecutor executor, String source,
            boolean details) {
        List<String> order = workflow.topologicalOrder();
        out.println("Workflow " + source + ": " + order.size() + " node" + (order.size() == 1 ? "" : "s") + ", "
                + workflow.connections().size() + " connection" + (workflow.connections().size() == 1 ? "" : "s"));
        int width = order.stream().mapToInt(String::length).max().orElse(0) + 2;
        int unconfigured = 0;
        for (String id : order) {
            WorkflowNode node = workflow.node(id).orElseThrow();
            NodeStatus status = executor.status(id);
            out.println(String.format("%-" + width + "s%s", id, node.describe()));
            String indent = " ".repeat(width + 2);
            if (status.state() == NodeState.UNCONFIGURED) {
                unconfigured++;
                out.println(indent + (status.message() != null ? "error: " + status.message()
                        : "not configured: an upstream node cannot be configured"));
                continue;
            }
            List<PortDescriptor> ports = node.descriptor().outputs();
            for (int i = 0; i < ports.size() && i < status.specs().size(); i++) {
                printSpec(out, indent, ports.get(i).label(), status.specs().get(i), details);
            }
        }
        out.println(unconfigured == 0 ? "All " + order.size() + " nodes can be configured."
                : unconfigured + " of " + order.size() + " nodes cannot be configured.");
        return unconfigured;
    }

    private static void printSpec(PrintStream out, String indent, String port, PortSpec spec, boolean details) {
        String note = spec.producerNote();
        out.println(indent + port + ": " + spec.summary() + (note.isEmpty() ? "" : "  (" + note + ")"));
        if (details && !spec.details().equals(spec.summary())) {
            spec.details().lines().forEach(line -> out.println(indent + "  " + line));
        }
        for (Series series : spec.series()) {
            out.println(indent + "  " + Texts.series(series));
        }
    }
}
