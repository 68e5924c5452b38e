package org.neurite.dl.network;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.neurite.engine.node.InvalidConfigurationException;

/**
 * A {@link NetworkSpec} as JSON, e.g. inside a model file, and back. Each layer is written with its kind (the
 * layer record's name), its parameters (the record's components), its inputs, output shape and parameter count;
 * reading re-infers every shape and checks it against the file, so a file from an incompatible version fails
 * with a message instead of building a different network.
 *
 * <pre>
 * {"format": "neurite-network", "version": 1, "head": "output1", "layers": [
 *   {"name": "conv1", "node": "Convolution 2D 'conv1'", "inputs": ["input1"], "kind": "Convolution2D",
 *    "settings": {"filters": 20, ...}, "shape": {"type": "image", "dims": [24, 24, 20]}, "parameters": 520}, ...]}
 * </pre>
 */
public final class NetworkSpecJson {

    public static final String FORMAT = "neurite-network";
    public static final int VERSION = 1;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public static ObjectNode toJson(NetworkSpec network) {
        ObjectNode root = JSON.objectNode().put("format", FORMAT).put("version", VERSION)
                .put("head", network.head().name());
        ArrayNode layers = root.putArray("layers");
        for (LayerSpec l : network.layers()) {
            ObjectNode layer = layers.addObject().put("name", l.name()).put("node", l.node());
            ArrayNode inputs = layer.putArray("inputs");
            l.inputs().forEach(inputs::add);
            layer.put("kind", l.layer().getClass().getSimpleName());
            layer.set("settings", settings(l.layer()));
            layer.set("shape", shape(l.outputShape()));
            layer.put("parameters", l.parameters());
        }
        return root;
    }

    public static NetworkSpec fromJson(JsonNode root) throws InvalidConfigurationException {
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidConfigurationException("not a network description: its \"format\" is not \"" + FORMAT
                    + "\"");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new InvalidConfigurationException("network description version " + version + " is not supported;"
                    + " this Neurite reads version " + VERSION);
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (JsonNode l : root.path("layers")) {
            String name = text(l, "name");
            List<String> inputs = new ArrayList<>();
            l.path("inputs").forEach(in -> inputs.add(in.asText()));
            layers.add(new LayerSpec(name, text(l, "node"), layer(name, text(l, "kind"), l.path("settings")), inputs,
                    shape(name, l.path("shape")), l.path("parameters").asLong()));
        }
        return NetworkSpec.of(layers, text(root, "head"));
    }

    private static ObjectNode settings(Layer layer) {
        ObjectNode json = JSON.objectNode();
        for (RecordComponent c : layer.getClass().getRecordComponents()) {
            Object value = get(c, layer);
            switch (value) {
                case Integer i -> json.put(c.getName(), i);
                case Double d -> json.put(c.getName(), d);
                case Boolean b -> json.put(c.getName(), b);
                case String s -> json.put(c.getName(), s);
                case Enum<?> e -> json.put(c.getName(), e.name());
                case Shape s -> json.set(c.getName(), shape(s));
                case List<?> list -> {
                    ArrayNode array = json.putArray(c.getName());
                    list.forEach(v -> array.add(String.valueOf(v)));
                }
                default -> throw new IllegalStateException("Cannot write " + c + " of " + layer);
            }
        }
        return json;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Layer layer(String name, String kind, JsonNode settings) throws InvalidConfigurationException {
        Class<?> type = Arrays.stream(Layer.class.getPermittedSubclasses())
                .filter(c -> c.getSimpleName().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidConfigurationException("layer '" + name + "' is of unknown kind '" + kind
                        + "'"));
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonNode v = settings.get(c.getName());
            if (v == null) {
                throw new InvalidConfigurationException("layer '" + name + "' (" + kind + ") has no setting '"
                        + c.getName() + "'");
            }
            Class<?> t = c.getType();
            if (t == int.class) {
                values[i] = v.asInt();
            } else if (t == double.class) {
                values[i] = v.asDouble();
            } else if (t == boolean.class) {
                values[i] = v.asBoolean();
            } else if (t == String.class) {
                values[i] = v.asText();
            } else if (t.isEnum()) {
                try {
                    values[i] = Enum.valueOf((Class) t, v.asText());
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException("layer '" + name + "': '" + v.asText()
                            + "' is not a valid " + c.getName());
                }
            } else if (t == Shape.class) {
                values[i] = shape(name, v);
            } else if (t == List.class) {
                List<String> list = new ArrayList<>();
                v.forEach(e -> list.add(e.asText()));
                values[i] = list;
            } else {
                throw new IllegalStateException("Cannot read " + c + " of " + type);
            }
        }
        try {
            return (Layer) type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new InvalidConfigurationException("layer '" + name + "' (" + kind + "): "
                    + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode shape(Shape shape) {
        ObjectNode json = JSON.objectNode();
        ArrayNode dims = JSON.arrayNode();
        switch (shape) {
            case Shape.Features f -> {
                json.put("type", "features");
                dims.add(f.size());
            }
            case Shape.Image i -> {
                json.put("type", "image");
                dims.add(i.height()).add(i.width()).add(i.channels());
            }
            case Shape.Sequence s -> {
                json.put("type", "sequence");
                dims.add(s.steps()).add(s.features());
            }
        }
        json.set("dims", dims);
        return json;
    }

    private static Shape shape(String name, JsonNode json) throws InvalidConfigurationException {
        JsonNode d = json.path("dims");
        try {
            return switch (json.path("type").asText()) {
                case "features" -> new Shape.Features(d.path(0).asInt());
                case "image" -> new Shape.Image(d.path(0).asInt(), d.path(1).asInt(), d.path(2).asInt());
                case "sequence" -> new Shape.Sequence(d.path(0).asInt(), d.path(1).asInt());
                default -> throw new InvalidConfigurationException("layer '" + name + "' has a shape of unknown type '"
                        + json.path("type").asText() + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("layer '" + name + "': " + e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) throws InvalidConfigurationException {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidConfigurationException("the network description lacks \"" + field + "\"");
        }
        return v.asText();
    }

    private static Object get(RecordComponent c, Layer layer) {
        try {
            return c.getAccessor().invoke(layer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private NetworkSpecJson() {
    }
}
