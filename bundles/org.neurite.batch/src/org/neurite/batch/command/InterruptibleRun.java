package org.neurite.batch.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neurite.batch.ExitCode;
import org.neurite.batch.report.OutputSummary;
import org.neurite.batch.report.RunReport;
import org.neurite.engine.execution.NodeState;
import org.neurite.engine.execution.RunResult;
import org.neurite.engine.execution.WorkflowExecutor;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * Executes every node of a configured workflow and reports how it ended. Ctrl-C (SIGINT, or SIGTERM) starts the
 * JVM's shutdown; a shutdown hook then cancels the run and holds the JVM until running nodes have stopped and the
 * end is reported, so a writer is never killed halfway through a file. The JVM exits with 128 + the signal's
 * number, i.e. 130 for Ctrl-C.
 */
final class InterruptibleRun {

    /** How long the JVM waits for cancelled nodes to stop; a trainer stops within one mini-batch. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private final WorkflowExecutor executor;
    private final RunReport report;

    InterruptibleRun(WorkflowExecutor executor, RunReport report) {
        this.executor = executor;
        this.report = report;
    }

    int execute() throws InterruptedException {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            interrupted.set(true);
            report.interrupted();
            executor.cancel();
            try {
                reported.await(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "neurite-cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        executor.addListener(report);
        long start = System.nanoTime();
        try {
            RunResult result = executor.executeAll().get();
            int exitCode = result.cancelled() || interrupted.get() ? ExitCode.INTERRUPTED
                    : result.success() ? ExitCode.SUCCESS : ExitCode.NODE_FAILED;
            Workflow workflow = executor.workflow();
            report.finished(workflow, result, results(workflow), Duration.ofNanos(System.nanoTime() - start),
                    exitCode);
            return exitCode;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The executor's future never fails; it did", e);
        } finally {
            executor.removeListener(report);
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running; it returns now that the end is reported
            }
        }
    }

    /**
     * What the workflow was run for: the outputs of executed nodes that feed nothing, and for such a node without
     * outputs (a writer) what it was given, e.g. the scores a writer saved.
     */
    private List<OutputSummary> results(Workflow workflow) {
        List<OutputSummary> results = new ArrayList<>();
        for (String id : workflow.topologicalOrder()) {
            WorkflowNode node = workflow.node(id).orElseThrow();
            if (!workflow.outgoing(id).isEmpty() || executor.status(id).state() != NodeState.EXECUTED) {
                continue;
            }
            for (PortDescriptor port : node.descriptor().outputs()) {
                executor.output(id, port.id()).ifPresent(
                        output -> results.add(new OutputSummary(id, node.describe(), port.label(), output.summary())));
            }
            if (node.descriptor().outputs().isEmpty()) {
                for (PortDescriptor port : node.descriptor().inputs()) {
                    workflow.incoming(id, port.id()).flatMap(c -> executor.output(c.fromNode(), c.fromPort()))
                            .ifPresent(input -> results.add(
                                    new OutputSummary(id, node.describe(), port.label(), input.summary())));
                }
            }
        }
        return results;
    }
}
