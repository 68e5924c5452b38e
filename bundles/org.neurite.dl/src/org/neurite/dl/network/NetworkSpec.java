package org.neurite.dl.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;

/**
 * A network as the layer nodes build it: an immutable graph of layers, each with its parameters, inputs,
 * inferred output shape and parameter count, plus the layer this port carries (its head). Each layer node
 * returns its input's spec with one layer added; a merge node joins several specs, whose layers are united by
 * name, so branches that share an input share its layers. The same value travels at configure and at execute
 * time: a network description needs no data.
 *
 * <p>Layers are kept in a topological order (each after its inputs), which is also the order the compiler
 * adds them to DL4J.
 */
public final class NetworkSpec implements PortSpec, PortObject {

    /** The port type of networks under construction. */
    public static final PortType TYPE = new PortType("org.neurite.dl.network", "Network", NetworkSpec.class,
            NetworkSpec.class, 0xC05A28);

    private final Map<String, LayerSpec> layers;
    private final String head;

    private NetworkSpec(Map<String, LayerSpec> layers, String head) {
        this.layers = Collections.unmodifiableMap(layers);
        this.head = head;
    }

    /** A network of one input layer. */
    public static NetworkSpec input(String name, String node, Input input) {
        Map<String, LayerSpec> layers = new LinkedHashMap<>();
        layers.put(name, new LayerSpec(name, node, input, List.of(), input.shape(), 0));
        return new NetworkSpec(layers, name);
    }

    /** This network with {@code layer} added after its head. */
    public NetworkSpec then(String name, String node, Layer layer) throws InvalidConfigurationException {
        return join(name, node, layer, List.of(this));
    }

    /**
     * The union of {@code branches} with {@code layer} added after their heads (in order).
     *
     * @throws InvalidConfigurationException when the layer does not fit its inputs, the branches hold different
     *                                       layers under one name, or the name is taken
     */
    public static NetworkSpec join(String name, String node, Layer layer, List<NetworkSpec> branches)
            throws InvalidConfigurationException {
        if (layer instanceof Input) {
            throw new IllegalArgumentException("Start a network with NetworkSpec.input");
        }
        if (branches.size() < layer.minInputs() || branches.size() > layer.maxInputs()) {
            throw new InvalidConfigurationException(layer.kind() + " takes " + layer.minInputs()
                    + (layer.maxInputs() == layer.minInputs() ? "" : " or more") + " network inputs, got "
                    + branches.size());
        }
        Map<String, LayerSpec> union = new LinkedHashMap<>();
        List<LayerSpec> heads = new ArrayList<>();
        for (NetworkSpec branch : branches) {
            for (LayerSpec l : branch.layers.values()) {
                LayerSpec known = union.putIfAbsent(l.name(), l);
                if (known != null && !known.equals(l)) {
                    throw new InvalidConfigurationException("the joined branches hold two different layers named '"
                            + l.name() + "' (" + known.node() + ": " + known.layer().describe() + ", and " + l.node()
                            + ": " + l.layer().describe() + "): every layer node needs its own id");
                }
            }
            LayerSpec branchHead = branch.head();
            if (branchHead.layer() instanceof Output) {
                throw new InvalidConfigurationException("nothing can follow the output layer of " + branchHead.node()
                        + ": the Output layer ends the network");
            }
            if (heads.stream().anyMatch(h -> h.name().equals(branchHead.name()))) {
                throw new InvalidConfigurationException(layer.kind() + " gets '" + branchHead.name()
                        + "' twice: connect different branches");
            }
            heads.add(branchHead);
        }
        if (union.containsKey(name)) {
            throw new InvalidConfigurationException("the network already has a layer named '" + name + "' ("
                    + union.get(name).node() + "): every layer node needs its own id");
        }
        union.put(name, infer(name, node, layer, heads));
        return new NetworkSpec(union, name);
    }

    private static LayerSpec infer(String name, String node, Layer layer, List<LayerSpec> inputs)
            throws InvalidConfigurationException {
        Shape shape = layer.outputShape(inputs);
        return new LayerSpec(name, node, layer, inputs.stream().map(LayerSpec::name).toList(), shape,
                layer.parameterCount(inputs));
    }

    /**
     * A network from layers in any order, e.g. read from a file. Checks that every input exists, that there is
     * no cycle, and that each layer's shape and parameter count are what its inputs give.
     */
    public static NetworkSpec of(List<LayerSpec> layers, String head) throws InvalidConfigurationException {
        Map<String, LayerSpec> byName = new LinkedHashMap<>();
        for (LayerSpec l : layers) {
            if (byName.put(l.name(), l) != null) {
                throw new InvalidConfigurationException("two layers are named '" + l.name() + "'");
            }
        }
        for (LayerSpec l : layers) {
            for (String in : l.inputs()) {
                if (!byName.containsKey(in)) {
                    throw new InvalidConfigurationException(l.node() + " reads from '" + in
                            + "', which is not a layer of this network");
                }
            }
        }
        if (!byName.containsKey(head)) {
            throw new InvalidConfigurationException("the network has no layer '" + head + "' to end in");
        }
        Map<String, LayerSpec> sorted = new LinkedHashMap<>();
        for (LayerSpec l : topologicalOrder(byName)) {
            List<LayerSpec> inputs = l.inputs().stream().map(sorted::get).toList();
            LayerSpec inferred = l.layer() instanceof Input
                    ? new LayerSpec(l.name(), l.node(), l.layer(), List.of(), ((Input) l.layer()).shape(), 0)
                    : infer(l.name(), l.node(), l.layer(), inputs);
            if (!inferred.outputShape().equals(l.outputShape()) || inferred.parameters() != l.parameters()) {
                throw new InvalidConfigurationException(l.node() + " is recorded as " + l.outputShape().summary()
                        + " with " + l.parametersText() + ", but its inputs give " + inferred.outputShape().summary()
                        + " with " + inferred.parametersText());
            }
            sorted.put(l.name(), inferred);
        }
        return new NetworkSpec(sorted, head);
    }

    private static List<LayerSpec> topologicalOrder(Map<String, LayerSpec> byName)
            throws InvalidConfigurationException {
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> consumers = new HashMap<>();
        byName.values().forEach(l -> {
            missing.put(l.name(), l.inputs().size());
            l.inputs().forEach(in -> consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(l.name()));
        });
        // among the layers ready, take the earliest given, so a list in topological order keeps its order
        List<String> given = new ArrayList<>(byName.keySet());
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparingInt(given::indexOf));
        byName.keySet().stream().filter(n -> missing.get(n) == 0).forEach(ready::add);
        List<LayerSpec> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            order.add(byName.get(name));
            for (String consumer : consumers.getOrDefault(name, List.of())) {
                if (missing.merge(consumer, -1, Integer::sum) == 0) {
                    ready.add(consumer);
                }
            }
        }
        if (order.size() < byName.size()) {
            String cycle = cycle(byName, missing).stream().map(LayerSpec::node).collect(Collectors.joining(" -> "));
            throw new InvalidConfigurationException("the layers form a cycle: " + cycle + ": a layer's output cannot"
                    + " feed back into its own input; remove one of these connections");
        }
        return order;
    }

    /** One cycle among the layers left unsorted: each of them has an input that is also left, so walk inputs. */
    private static List<LayerSpec> cycle(Map<String, LayerSpec> byName, Map<String, Integer> missing) {
        List<String> path = new ArrayList<>();
        String at = byName.keySet().stream().filter(n -> missing.get(n) > 0).findFirst().orElseThrow();
        while (!path.contains(at)) {
            path.add(at);
            at = byName.get(at).inputs().stream().filter(n -> missing.get(n) > 0).findFirst().orElseThrow();
        }
        // the path runs against the data flow: reverse it, starting where it entered the cycle
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        Collections.reverse(loop);
        Collections.rotate(loop, 1);
        loop.add(loop.get(0));
        return loop.stream().map(byName::get).toList();
    }

    /** The layer this port carries: the last one added. */
    public LayerSpec head() {
        return layers.get(head);
    }

    /** All layers, each after its inputs. */
    public List<LayerSpec> layers() {
        return List.copyOf(layers.values());
    }

    public Optional<LayerSpec> layer(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    /** The input layers in the order the compiled network takes its inputs. */
    public List<LayerSpec> inputLayers() {
        return layers.values().stream().filter(l -> l.layer() instanceof Input).toList();
    }

    /** Weights and biases training learns in all layers, or {@link Shape#UNKNOWN} while a size is unknown. */
    public long parameterCount() {
        long total = 0;
        for (LayerSpec l : layers.values()) {
            if (l.parameters() == Shape.UNKNOWN) {
                return Shape.UNKNOWN;
            }
            total += l.parameters();
        }
        return total;
    }

    /** The head's output layer, if the network is finished by one. */
    public Optional<Output> output() {
        return head().layer() instanceof Output o ? Optional.of(o) : Optional.empty();
    }

    /**
     * This network with the number of outputs of its output layer set, e.g. by a trainer from its target
     * column. Returns this network when the output already has that many units.
     *
     * @throws InvalidConfigurationException when the network does not end in an output layer, or the layer was
     *                                       set to a different number by hand
     */
    public NetworkSpec withOutputUnits(int units) throws InvalidConfigurationException {
        LayerSpec last = requireOutputLayer();
        Output output = (Output) last.layer();
        if (output.units() == units) {
            return this;
        }
        if (output.units() != Shape.UNKNOWN) {
            throw new InvalidConfigurationException(last.node() + " is set to " + output.units()
                    + " outputs, but the target needs " + units + ": set its units to 0 (automatic) or to " + units);
        }
        if (units < 1) {
            throw new IllegalArgumentException("An output layer needs at least one unit, got " + units);
        }
        Map<String, LayerSpec> copy = new LinkedHashMap<>(layers);
        copy.put(head, infer(head, last.node(), output.withUnits(units),
                last.inputs().stream().map(layers::get).toList()));
        return new NetworkSpec(copy, head);
    }

    /**
     * Checks that this network can be trained: it ends in an output layer whose size is known, and every layer
     * leads to that output (no dangling branch).
     */
    public void checkTrainable() throws InvalidConfigurationException {
        LayerSpec last = requireOutputLayer();
        if (!last.outputShape().isComplete()) {
            throw new InvalidConfigurationException(last.node() + " does not know its number of outputs yet: set its"
                    + " units, connect the training data and set its target column, or let the trainer set it");
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (reached.add(name)) {
                todo.addAll(layers.get(name).inputs());
            }
        }
        List<String> dangling = layers.values().stream().filter(l -> !reached.contains(l.name()))
                .map(LayerSpec::node).toList();
        if (!dangling.isEmpty()) {
            throw new InvalidConfigurationException((dangling.size() == 1 ? "the layer " : "the layers ")
                    + String.join(", ", dangling) + " do not lead to " + last.node()
                    + ": connect them towards the output layer, or remove them");
        }
    }

    private LayerSpec requireOutputLayer() throws InvalidConfigurationException {
        LayerSpec last = head();
        if (!(last.layer() instanceof Output)) {
            throw new InvalidConfigurationException("the network ends in " + last.node() + ", not in an output"
                    + " layer: add an Output Layer node after it");
        }
        return last;
    }

    /** The head's output shape, e.g. {@code [?, 24, 24, 20]}. */
    @Override
    public String summary() {
        return head().outputShape().summary();
    }

    /** The head's parameter count, e.g. {@code 520 params}. */
    @Override
    public String producerNote() {
        return head().parametersText();
    }

    /** One line per layer: name, kind, output shape, parameters, inputs; then the total. */
    @Override
    public String details() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { "layer", "kind", "output", "params", "inputs", "settings" });
        for (LayerSpec l : layers.values()) {
            rows.add(new String[] { l.name(), l.layer().kind(), l.outputShape().summary(),
                    l.parameters() == Shape.UNKNOWN ? "?" : String.format(Locale.ROOT, "%,d", l.parameters()),
                    String.join(", ", l.inputs()), l.layer().describe() });
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                String cell = i == 3 ? pad(r[i], widths[i], true) : pad(r[i], widths[i], false);
                b.append(cell).append(i < r.length - 1 ? "  " : "");
            }
            b.setLength(b.toString().stripTrailing().length());
            b.append('\n');
        }
        return b.append("total ").append(paramsText(parameterCount())).toString();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    static String paramsText(long parameters) {
        return parameters == Shape.UNKNOWN ? "? params" : String.format(Locale.ROOT, "%,d params", parameters);
    }

    @Override
    public PortSpec spec() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec n && n.head.equals(head) && n.layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layers, head);
    }

    @Override
    public String toString() {
        return "NetworkSpec[" + head + ": " + summary() + ", " + layers.size() + " layers]";
    }
}
