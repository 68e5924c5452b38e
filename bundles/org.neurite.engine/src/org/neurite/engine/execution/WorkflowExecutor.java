package org.neurite.engine.execution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neurite.engine.node.CanceledExecutionException;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.node.PortDescriptor;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEvent;
import org.neurite.engine.workflow.WorkflowNode;

/**
 * Configures and executes one workflow. It follows the workflow's edits: a change to a node's settings or wiring
 * resets that node and its downstream (cancelling them if they run) and configures them again, so specs are
 * always current. {@link #execute} runs what the requested nodes need, independent branches in parallel.
 *
 * <p>Thread-safe. Listeners are called on the thread where a change happens (an editing thread or a node's worker)
 * and must return quickly.
 */
public final class WorkflowExecutor implements AutoCloseable {

    private final Workflow workflow;
    private final Path directory;
    private final Path outputDirectory;
    private final ExecutorService pool;
    private final Map<String, Entry> entries = new HashMap<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<Consumer<ExecutionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<WorkflowEvent> workflowListener = this::onWorkflowChanged;
    /** Each node's place in {@link #positionsOf}, the workflow's topological order when it was last asked. */
    private Map<String, Integer> positions = Map.of();
    private List<String> positionsOf;

    /** What the executor knows about one node. */
    private static final class Entry {
        NodeState state = NodeState.UNCONFIGURED;
        String message;
        List<PortSpec> specs = List.of();
        List<PortObject> outputs = List.of();
        double progress;
        String progressMessage = "";
        /** Bumped whenever the node is reset, so a result computed for an older version is dropped. */
        long version;
        NodeRunContext running;
        NodeModel<?> model;

        NodeStatus status() {
            return new NodeStatus(state, message, specs, outputs, progress, progressMessage);
        }
    }

    /** One call to {@link #execute}: the nodes it still has to run. */
    private static final class Run {
        final Set<String> pending = new LinkedHashSet<>();
        final Set<String> running = new HashSet<>();
        final List<String> executed = new ArrayList<>();
        final Map<String, String> failed = new LinkedHashMap<>();
        final Set<String> skipped = new LinkedHashSet<>();
        final CompletableFuture<RunResult> future = new CompletableFuture<>();
        boolean cancelled;
    }

    /**
     * @param workflow  the workflow to follow; its nodes are configured at once
     * @param directory folder relative paths in node settings resolve against (the workflow file's folder); it
     *                  is also where nodes write files to
     */
    public WorkflowExecutor(Workflow workflow, Path directory) {
        this(workflow, directory, directory);
    }

    /**
     * @param workflow        the workflow to follow; its nodes are configured at once
     * @param directory       folder relative paths of files nodes read resolve against (the workflow file's folder)
     * @param outputDirectory folder relative paths of files nodes write resolve against
     *                        ({@link org.neurite.engine.node.NodeContext#resolveOutput}), e.g. batch {@code --out}
     */
    public WorkflowExecutor(Workflow workflow, Path directory, Path outputDirectory) {
        this.workflow = workflow;
        this.directory = directory;
        this.outputDirectory = outputDirectory;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "neurite-node-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        listeners.add(this::trackProgress);
        workflow.addListener(workflowListener);
        configureAll();
    }

    public Workflow workflow() {
        return workflow;
    }

    public void addListener(Consumer<ExecutionEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ExecutionEvent> listener) {
        listeners.remove(listener);
    }

    private void fire(ExecutionEvent event) {
        for (Consumer<ExecutionEvent> l : listeners) {
            l.accept(event);
        }
    }

    // ---- status

    public synchronized NodeStatus status(String nodeId) {
        Entry e = entries.get(nodeId);
        return e == null ? NodeStatus.UNCONFIGURED : e.status();
    }

    /** The output of an executed node's port, if it has one. */
    public synchronized Optional<PortObject> output(String nodeId, String portId) {
        Entry e = entries.get(nodeId);
        Optional<WorkflowNode> node = workflow.node(nodeId);
        if (e == null || node.isEmpty() || e.outputs.isEmpty()) {
            return Optional.empty();
        }
        int index = node.get().descriptor().outputIndex(portId);
        return index < 0 ? Optional.empty() : Optional.of(e.outputs.get(index));
    }

    /** Configuration problems of all nodes, in workflow order, as {@code node id -> message}. */
    public synchronized Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String id : workflow.topologicalOrder()) {
            NodeStatus s = status(id);
            if (s.hasError()) {
                problems.put(id, s.message());
            }
        }
        return problems;
    }

    // ---- configuring

    /** Configures every node that is not executing or executed, in topological order. */
    public synchronized void configureAll() {
        for (String id : workflow.topologicalOrder()) {
            Entry e = entry(id);
            if (e.state != NodeState.EXECUTED && e.state != NodeState.EXECUTING) {
                configure(id);
            }
        }
    }

    private Entry entry(String id) {
        return entries.computeIfAbsent(id, k -> new Entry());
    }

    /**
     * Configures one node from its upstream specs; its upstream must be configured already. Returns whether its
     * state, message or specs changed.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private boolean configure(String id) {
        Optional<WorkflowNode> found = workflow.node(id);
        if (found.isEmpty()) {
            return false;
        }
        WorkflowNode node = found.get();
        Entry e = entry(id);
        List<PortSpec> inSpecs = new ArrayList<>();
        for (PortDescriptor port : node.descriptor().inputs()) {
            Optional<Connection> c = workflow.incoming(id, port.id());
            if (c.isEmpty()) {
                if (!port.optional()) {
                    return setConfigured(id, e, NodeState.UNCONFIGURED, node.describe() + ": input '" + port.label()
                            + "' is not connected", List.of());
                }
                inSpecs.add(null);
                continue;
            }
            Entry upstream = entry(c.get().fromNode());
            WorkflowNode source = workflow.node(c.get().fromNode()).orElseThrow();
            if (upstream.specs.isEmpty()) {
                return setConfigured(id, e, NodeState.UNCONFIGURED, null, List.of());
            }
            inSpecs.add(upstream.specs.get(source.descriptor().outputIndex(c.get().fromPort())));
        }
        SettingsSchema schema = node.descriptor().settings();
        try {
            schema.validate(node.settings(), node.describe());
            if (e.model == null) {
                e.model = node.factory().createModel();
            }
            List<PortSpec> specs = ((NodeModel) e.model).configure(inSpecs, node.settings(),
                    new NodeRunContext(node, directory, outputDirectory, this::fire));
            checkCount(node, specs, "specs");
            return setConfigured(id, e, NodeState.CONFIGURED, null, specs);
        } catch (SettingsException ex) {
            return setConfigured(id, e, NodeState.UNCONFIGURED, ex.getMessage(), List.of());
        } catch (InvalidConfigurationException ex) {
            return setConfigured(id, e, NodeState.UNCONFIGURED, node.describe() + ": " + ex.getMessage(), List.of());
        } catch (RuntimeException ex) {
            fire(new ExecutionEvent.Log(id, ExecutionEvent.Level.ERROR, stackTrace(ex)));
            return setConfigured(id, e, NodeState.UNCONFIGURED,
                    node.describe() + ": cannot be configured: " + describe(ex), List.of());
        }
    }

    private boolean setConfigured(String id, Entry e, NodeState state, String message, List<PortSpec> specs) {
        boolean changed = e.state != state || !java.util.Objects.equals(e.message, message) || !e.specs.equals(specs)
                || !e.outputs.isEmpty();
        e.state = state;
        e.message = message;
        e.specs = specs;
        e.outputs = List.of();
        if (changed) {
            fire(new ExecutionEvent.StateChanged(id, e.status()));
        }
        return changed;
    }

    private static void checkCount(WorkflowNode node, List<?> values, String what) {
        int expected = node.descriptor().outputs().size();
        if (values == null || values.size() != expected || values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalStateException(node.describe() + " returned " + (values == null ? "no" : values.size())
                    + " output " + what + " (some may be null); it has " + expected + " output ports");
        }
    }

    /** Resets the nodes and their downstream: running ones are cancelled, outputs dropped, specs recomputed. */
    public synchronized void reset(Collection<String> nodeIds) {
        Set<String> affected = new HashSet<>(nodeIds);
        affected.addAll(workflow.downstream(nodeIds));
        for (String id : workflow.topologicalOrder()) {
            if (affected.contains(id)) {
                Entry e = entry(id);
                e.version++;
                if (e.running != null) {
                    e.running.cancel();
                    e.running = null;
                }
                e.model = null;
                configure(id);
            }
        }
    }

    private void onWorkflowChanged(WorkflowEvent event) {
        switch (event) {
            case WorkflowEvent.NodeAdded added -> reset(List.of(added.node().id()));
            case WorkflowEvent.NodeRemoved removed -> {
                synchronized (this) {
                    Entry e = entries.remove(removed.node().id());
                    if (e != null && e.running != null) {
                        e.running.cancel();
                    }
                    reset(removed.connections().stream().map(Connection::toNode)
                            .filter(id -> !id.equals(removed.node().id())).toList());
                }
            }
            case WorkflowEvent.NodeChanged changed -> {
                if (changed.settingsChanged()) {
                    reset(List.of(changed.after().id()));
                }
            }
            case WorkflowEvent.Connected connected -> reset(List.of(connected.connection().toNode()));
            case WorkflowEvent.Disconnected disconnected -> reset(List.of(disconnected.connection().toNode()));
            default -> {
                // annotations do not affect execution
            }
        }
    }

    // ---- executing

    /** Executes every node. */
    public CompletableFuture<RunResult> executeAll() {
        return execute(workflow.nodes().stream().map(WorkflowNode::id).toList());
    }

    /**
     * Executes the given nodes and whatever they need that is not executed yet. Returns at once; the future
     * completes when the run has ended (never exceptionally: failures are in the {@link RunResult}).
     */
    public synchronized CompletableFuture<RunResult> execute(Collection<String> targets) {
        Run run = new Run();
        Set<String> needed = new HashSet<>(targets);
        needed.addAll(workflow.upstream(targets));
        for (String id : workflow.topologicalOrder()) {
            if (needed.contains(id) && entry(id).state != NodeState.EXECUTED) {
                run.pending.add(id);
            }
        }
        runs.add(run);
        schedule(run, null);
        return run.future;
    }

    /**
     * Starts every pending node of the run whose inputs are ready; ends the run when nothing is left to do.
     * {@code candidates}: the only nodes whose situation can have changed (a node that executed and the nodes it
     * feeds), or null to look at every pending node. A candidate that fails or is skipped makes it look at all,
     * because that spreads to the nodes after it.
     */
    private void schedule(Run run, Collection<String> candidates) {
        Collection<String> look = candidates == null ? List.copyOf(run.pending)
                : candidates.stream().filter(run.pending::contains).toList();
        int failedOrSkipped = run.failed.size() + run.skipped.size();
        for (String id : look) {
            Entry e = entry(id);
            if (e.state == NodeState.EXECUTED) {
                run.pending.remove(id);
                continue;
            }
            if (run.cancelled) {
                run.pending.remove(id);
                run.skipped.add(id);
                continue;
            }
            if (e.state == NodeState.EXECUTING) {
                continue; // another run is executing it; we wait for its result
            }
            List<Connection> inputs = workflow.incoming(id);
            if (inputs.stream().anyMatch(c -> run.failed.containsKey(c.fromNode()) || run.skipped.contains(c.fromNode()))) {
                run.pending.remove(id);
                run.skipped.add(id);
                continue;
            }
            if (e.state == NodeState.UNCONFIGURED || e.state == NodeState.FAILED) {
                boolean upstreamPending = inputs.stream().anyMatch(c -> run.pending.contains(c.fromNode()));
                if (!upstreamPending) {
                    run.pending.remove(id);
                    run.failed.put(id, e.message != null ? e.message
                            : workflow.node(id).map(WorkflowNode::describe).orElse(id) + ": is not configured");
                }
                continue;
            }
            boolean ready = inputs.stream().allMatch(c -> entry(c.fromNode()).state == NodeState.EXECUTED);
            if (ready) {
                run.pending.remove(id);
                start(run, id, e);
            }
        }
        if (candidates != null && run.failed.size() + run.skipped.size() != failedOrSkipped) {
            schedule(run, null);
            return;
        }
        if (run.pending.isEmpty() && run.running.isEmpty() && !run.future.isDone()) {
            runs.remove(run);
            RunResult result = new RunResult(List.copyOf(run.executed), Map.copyOf(run.failed),
                    Set.copyOf(run.skipped), run.cancelled);
            fire(new ExecutionEvent.RunFinished(result));
            run.future.complete(result);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void start(Run run, String id, Entry e) {
        WorkflowNode node = workflow.node(id).orElseThrow();
        List<PortObject> inputs = new ArrayList<>();
        for (PortDescriptor port : node.descriptor().inputs()) {
            Optional<Connection> c = workflow.incoming(id, port.id());
            inputs.add(c.map(conn -> output(conn.fromNode(), conn.fromPort()).orElseThrow()).orElse(null));
        }
        NodeRunContext context = new NodeRunContext(node, directory, outputDirectory, this::fire);
        NodeModel model = e.model != null ? e.model : node.factory().createModel();
        long version = e.version;
        e.running = context;
        e.state = NodeState.EXECUTING;
        e.message = null;
        e.progress = 0;
        e.progressMessage = "";
        run.running.add(id);
        fire(new ExecutionEvent.StateChanged(id, e.status()));
        pool.execute(() -> {
            List<PortObject> outputs = null;
            Throwable failure = null;
            try {
                outputs = model.execute(inputs, node.settings(), context);
                checkCount(node, outputs, "objects");
            } catch (Throwable t) {
                failure = t;
            }
            finish(run, id, node, version, outputs, failure);
        });
    }

    private synchronized void finish(Run run, String id, WorkflowNode node, long version, List<PortObject> outputs,
            Throwable failure) {
        run.running.remove(id);
        Entry e = entries.get(id);
        boolean current = e != null && e.version == version;
        if (!current) {
            run.skipped.add(id); // reset or removed while it ran: its result is stale
        } else {
            e.running = null;
            e.progress = 0;
            e.progressMessage = "";
            if (failure == null) {
                e.state = NodeState.EXECUTED;
                e.message = null;
                e.outputs = outputs;
                e.specs = outputs.stream().map(PortObject::spec).toList();
                run.executed.add(id);
                fire(new ExecutionEvent.StateChanged(id, e.status()));
                refreshDownstream(id);
            } else if (failure instanceof CanceledExecutionException) {
                run.cancelled = true;
                run.skipped.add(id);
                e.state = NodeState.CONFIGURED;
                e.message = node.describe() + ": cancelled";
                fire(new ExecutionEvent.StateChanged(id, e.status()));
            } else {
                String message = node.describe() + ": " + describe(failure);
                e.state = NodeState.FAILED;
                e.message = message;
                run.failed.put(id, message);
                fire(new ExecutionEvent.Log(id, ExecutionEvent.Level.ERROR, message));
                if (failure instanceof RuntimeException || failure instanceof Error) {
                    fire(new ExecutionEvent.Log(id, ExecutionEvent.Level.ERROR, stackTrace(failure)));
                }
                fire(new ExecutionEvent.StateChanged(id, e.status()));
            }
        }
        // after a success only the node itself (waited for by other runs) and what it feeds can have become ready
        List<String> candidates = null;
        if (current && failure == null) {
            List<String> fed = new ArrayList<>();
            fed.add(id);
            workflow.outgoing(id).forEach(c -> fed.add(c.toNode()));
            candidates = fed;
        }
        for (Run r : List.copyOf(runs)) {
            schedule(r, candidates);
        }
    }

    /**
     * Re-configures what an executed node feeds, with the specs of its real outputs, in topological order; a
     * node is configured again only when a node feeding it changed, so the refresh stops where specs stay the same.
     */
    private void refreshDownstream(String id) {
        List<String> order = workflow.topologicalOrder();
        if (order != positionsOf) {
            positions = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                positions.put(order.get(i), i);
            }
            positionsOf = order;
        }
        TreeSet<Integer> waiting = new TreeSet<>();
        workflow.outgoing(id).forEach(c -> waiting.add(positions.get(c.toNode())));
        while (!waiting.isEmpty()) {
            String next = order.get(waiting.pollFirst());
            Entry e = entry(next);
            if (e.state != NodeState.EXECUTED && e.state != NodeState.EXECUTING && configure(next)) {
                workflow.outgoing(next).forEach(c -> waiting.add(positions.get(c.toNode())));
            }
        }
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter text = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** Cancels every run: running nodes are asked to stop, nothing new starts. */
    public synchronized void cancel() {
        for (Run run : runs) {
            run.cancelled = true;
        }
        for (Entry e : entries.values()) {
            if (e.running != null) {
                e.running.cancel();
            }
        }
        for (Run r : List.copyOf(runs)) {
            schedule(r, null);
        }
    }

    /** Asks a running node to finish early and keep what it has (e.g. stop training, output the model so far). */
    public synchronized void requestStop(String nodeId) {
        Entry e = entries.get(nodeId);
        if (e != null && e.running != null) {
            e.running.requestStop();
        }
    }

    /** Keeps the status snapshot's progress current, so late subscribers see it. */
    private void trackProgress(ExecutionEvent event) {
        if (event instanceof ExecutionEvent.Progress p) {
            synchronized (this) {
                Entry e = entries.get(p.nodeId());
                if (e != null && e.state == NodeState.EXECUTING) {
                    e.progress = p.fraction();
                    e.progressMessage = p.message();
                }
            }
        }
    }

    /** Cancels what runs and stops following the workflow. */
    @Override
    public void close() {
        cancel();
        workflow.removeListener(workflowListener);
        pool.shutdown();
    }
}
