package org.neurite.engine.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.PortDescriptor;

/**
 * A workflow being edited or run: nodes, connections (at most one per input port, never a cycle) and annotations.
 * Every edit is checked, and announced to listeners after it is applied. Reads return snapshots, so they are
 * safe from any thread; edits are serialised.
 */
public final class Workflow {

    private final Map<String, WorkflowNode> nodes = new LinkedHashMap<>();
    private final List<Connection> connections = new ArrayList<>();
    private final Map<String, Annotation> annotations = new LinkedHashMap<>();
    private final List<Consumer<WorkflowEvent>> listeners = new CopyOnWriteArrayList<>();
    /** Connections by node and the topological order, derived from nodes and connections; null when stale. */
    private Structure structure;

    /**
     * Who connects to whom, indexed, so that the executor's per-node questions (inputs, successors, order) cost
     * a lookup instead of a scan of every connection: a run of a 1,000-node workflow asks them thousands of times.
     */
    private record Structure(Map<String, List<Connection>> incoming, Map<String, List<Connection>> outgoing,
            List<String> order) {
    }

    // ---- reading

    public synchronized List<WorkflowNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public synchronized Optional<WorkflowNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The node with this id, or an exception naming the id and the ids that exist. */
    public synchronized WorkflowNode requireNode(String id) throws WorkflowEditException {
        WorkflowNode node = nodes.get(id);
        if (node == null) {
            throw new WorkflowEditException("No node with id '" + id + "'; nodes: " + String.join(", ", nodes.keySet()));
        }
        return node;
    }

    public synchronized List<Connection> connections() {
        return List.copyOf(connections);
    }

    public synchronized List<Annotation> annotations() {
        return List.copyOf(annotations.values());
    }

    /** The connection into an input port, if any. */
    public synchronized Optional<Connection> incoming(String nodeId, String portId) {
        for (Connection c : structure().incoming.getOrDefault(nodeId, List.of())) {
            if (c.toPort().equals(portId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public synchronized List<Connection> incoming(String nodeId) {
        return structure().incoming.getOrDefault(nodeId, List.of());
    }

    public synchronized List<Connection> outgoing(String nodeId) {
        return structure().outgoing.getOrDefault(nodeId, List.of());
    }

    /** The nodes fed directly or indirectly by the given ones, not including them. */
    public synchronized Set<String> downstream(Collection<String> nodeIds) {
        return reachable(nodeIds, true);
    }

    /** The nodes feeding the given ones directly or indirectly, not including them. */
    public synchronized Set<String> upstream(Collection<String> nodeIds) {
        return reachable(nodeIds, false);
    }

    private Set<String> reachable(Collection<String> start, boolean forward) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        Map<String, List<Connection>> edges = forward ? structure().outgoing : structure().incoming;
        while (!todo.isEmpty()) {
            String id = todo.pop();
            for (Connection c : edges.getOrDefault(id, List.of())) {
                String to = forward ? c.toNode() : c.fromNode();
                if (seen.add(to)) {
                    todo.push(to);
                }
            }
        }
        seen.removeAll(start);
        return seen;
    }

    /** All nodes, each after every node that feeds it (ties keep insertion order). Unmodifiable. */
    public synchronized List<String> topologicalOrder() {
        return structure().order;
    }

    private Structure structure() {
        if (structure == null) {
            Map<String, List<Connection>> incoming = new HashMap<>();
            Map<String, List<Connection>> outgoing = new HashMap<>();
            for (Connection c : connections) {
                incoming.computeIfAbsent(c.toNode(), k -> new ArrayList<>()).add(c);
                outgoing.computeIfAbsent(c.fromNode(), k -> new ArrayList<>()).add(c);
            }
            incoming.replaceAll((k, v) -> List.copyOf(v));
            outgoing.replaceAll((k, v) -> List.copyOf(v));
            structure = new Structure(incoming, outgoing, order(incoming, outgoing));
        }
        return structure;
    }

    private List<String> order(Map<String, List<Connection>> incoming, Map<String, List<Connection>> outgoing) {
        Map<String, Integer> missingInputs = new LinkedHashMap<>();
        nodes.keySet().forEach(id -> missingInputs.put(id, incoming.getOrDefault(id, List.of()).size()));
        List<String> order = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        missingInputs.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (Connection c : outgoing.getOrDefault(id, List.of())) {
                if (missingInputs.merge(c.toNode(), -1, Integer::sum) == 0) {
                    ready.add(c.toNode());
                }
            }
        }
        return List.copyOf(order);
    }

    /** A fresh node id derived from the type, e.g. {@code dense3} for {@code org.neurite.dl.dense}. */
    public synchronized String newNodeId(String typeId) {
        String last = typeId.substring(typeId.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String prefix = last.replaceAll("[^a-z0-9]", "");
        if (prefix.isEmpty()) {
            prefix = "node";
        }
        for (int i = 1;; i++) {
            if (!nodes.containsKey(prefix + i)) {
                return prefix + i;
            }
        }
    }

    // ---- editing nodes

    /** Adds a node of this type with default settings and a fresh id. */
    public WorkflowNode addNode(NodeFactory<?> factory, Position position) {
        WorkflowNode node;
        synchronized (this) {
            node = new WorkflowNode(newNodeId(factory.descriptor().id()), factory,
                    factory.descriptor().settings().defaults(), "", position);
            nodes.put(node.id(), node);
            structure = null;
        }
        fire(new WorkflowEvent.NodeAdded(node));
        return node;
    }

    /** Adds a fully specified node, e.g. one read from a file or restored by undo. */
    public void addNode(WorkflowNode node) throws WorkflowEditException {
        synchronized (this) {
            if (!node.id().matches("[A-Za-z0-9_\\-]+")) {
                throw new WorkflowEditException("Node id '" + node.id()
                        + "' may only contain letters, digits, '_' and '-'");
            }
            if (nodes.containsKey(node.id())) {
                throw new WorkflowEditException("A node with id '" + node.id() + "' already exists");
            }
            nodes.put(node.id(), node);
            structure = null;
        }
        fire(new WorkflowEvent.NodeAdded(node));
    }

    /** Removes a node and every connection to or from it. */
    public void removeNode(String id) throws WorkflowEditException {
        WorkflowNode node;
        List<Connection> removed;
        synchronized (this) {
            node = requireNode(id);
            removed = connections.stream().filter(c -> c.fromNode().equals(id) || c.toNode().equals(id)).toList();
            connections.removeAll(removed);
            nodes.remove(id);
            structure = null;
        }
        fire(new WorkflowEvent.NodeRemoved(node, removed));
    }

    public void setSettings(String id, Record settings) throws WorkflowEditException {
        replace(id, n -> n.withSettings(settings));
    }

    public void setLabel(String id, String label) throws WorkflowEditException {
        replace(id, n -> n.withLabel(label));
    }

    public void moveNode(String id, Position position) throws WorkflowEditException {
        replace(id, n -> n.withPosition(position));
    }

    private void replace(String id, java.util.function.UnaryOperator<WorkflowNode> change)
            throws WorkflowEditException {
        WorkflowNode before;
        WorkflowNode after;
        synchronized (this) {
            before = requireNode(id);
            try {
                after = change.apply(before);
            } catch (IllegalArgumentException e) {
                throw new WorkflowEditException(e.getMessage());
            }
            if (after.equals(before)) {
                return;
            }
            nodes.put(id, after);
        }
        fire(new WorkflowEvent.NodeChanged(before, after));
    }

    // ---- editing connections

    /** Why this connection would be refused, or empty when it is allowed (ignoring what it would replace). */
    public synchronized Optional<String> checkConnection(String fromNode, String fromPort, String toNode,
            String toPort) {
        WorkflowNode source = nodes.get(fromNode);
        WorkflowNode target = nodes.get(toNode);
        if (source == null || target == null) {
            return Optional.of("No node with id '" + (source == null ? fromNode : toNode) + "'");
        }
        Optional<PortDescriptor> out = source.descriptor().output(fromPort);
        Optional<PortDescriptor> in = target.descriptor().input(toPort);
        if (out.isEmpty()) {
            return Optional.of(source.describe() + " has no output port '" + fromPort + "'; its outputs: "
                    + portIds(source.descriptor().outputs()));
        }
        if (in.isEmpty()) {
            return Optional.of(target.describe() + " has no input port '" + toPort + "'; its inputs: "
                    + portIds(target.descriptor().inputs()));
        }
        if (!out.get().type().canFeed(in.get().type())) {
            return Optional.of("Cannot connect the " + out.get().type().name() + " output '" + out.get().label()
                    + "' of " + source.describe() + " to the " + in.get().type().name() + " input '"
                    + in.get().label() + "' of " + target.describe() + ": the port types differ");
        }
        if (fromNode.equals(toNode) || reachable(List.of(toNode), true).contains(fromNode)) {
            return Optional.of("Connecting " + source.describe() + " to " + target.describe()
                    + " would create a cycle: " + target.describe() + " already feeds " + source.describe());
        }
        return Optional.empty();
    }

    private static String portIds(List<PortDescriptor> ports) {
        return ports.isEmpty() ? "(none)" : String.join(", ", ports.stream().map(PortDescriptor::id).toList());
    }

    /**
     * Connects an output to an input. A connection already on that input is replaced; incompatible port types
     * and cycles are refused with a message saying why.
     */
    public Connection connect(String fromNode, String fromPort, String toNode, String toPort)
            throws WorkflowEditException {
        Connection connection = new Connection(fromNode, fromPort, toNode, toPort);
        Connection replaced;
        synchronized (this) {
            Optional<String> problem = checkConnection(fromNode, fromPort, toNode, toPort);
            if (problem.isPresent()) {
                throw new WorkflowEditException(problem.get());
            }
            replaced = incoming(toNode, toPort).orElse(null);
            if (connection.equals(replaced)) {
                return connection;
            }
            if (replaced != null) {
                connections.remove(replaced);
            }
            connections.add(connection);
            structure = null;
        }
        fire(new WorkflowEvent.Connected(connection, replaced));
        return connection;
    }

    public void disconnect(Connection connection) throws WorkflowEditException {
        synchronized (this) {
            if (!connections.remove(connection)) {
                throw new WorkflowEditException("No connection " + connection);
            }
            structure = null;
        }
        fire(new WorkflowEvent.Disconnected(connection));
    }

    // ---- annotations

    public Annotation addAnnotation(String text, Position position, int width, int height) {
        Annotation annotation;
        synchronized (this) {
            String id = "a1";
            for (int i = 2; annotations.containsKey(id); i++) {
                id = "a" + i;
            }
            annotation = new Annotation(id, text, position, width, height);
            annotations.put(id, annotation);
        }
        fire(new WorkflowEvent.AnnotationAdded(annotation));
        return annotation;
    }

    /** Adds or replaces an annotation by id. */
    public void putAnnotation(Annotation annotation) {
        Annotation before;
        synchronized (this) {
            before = annotations.put(annotation.id(), annotation);
        }
        fire(before == null ? new WorkflowEvent.AnnotationAdded(annotation)
                : new WorkflowEvent.AnnotationChanged(before, annotation));
    }

    public void removeAnnotation(String id) throws WorkflowEditException {
        Annotation removed;
        synchronized (this) {
            removed = annotations.remove(id);
        }
        if (removed == null) {
            throw new WorkflowEditException("No annotation with id '" + id + "'");
        }
        fire(new WorkflowEvent.AnnotationRemoved(removed));
    }

    // ---- listeners

    public void addListener(Consumer<WorkflowEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<WorkflowEvent> listener) {
        listeners.remove(listener);
    }

    private void fire(WorkflowEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    /** Input port descriptors of a node that are required but have no connection. */
    public synchronized List<PortDescriptor> unconnectedRequiredInputs(String nodeId) {
        WorkflowNode node = nodes.get(nodeId);
        NodeDescriptor<?> d = node.descriptor();
        Map<String, Connection> wired = new HashMap<>();
        incoming(nodeId).forEach(c -> wired.put(c.toPort(), c));
        return d.inputs().stream().filter(p -> !p.optional() && !wired.containsKey(p.id())).toList();
    }
}
