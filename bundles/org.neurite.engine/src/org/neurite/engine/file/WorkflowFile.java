package org.neurite.engine.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.registry.NodeRegistry;
import org.neurite.engine.settings.SettingsException;
import org.neurite.engine.settings.SettingsSchema;
import org.neurite.engine.workflow.Annotation;
import org.neurite.engine.workflow.Connection;
import org.neurite.engine.workflow.Position;
import org.neurite.engine.workflow.Workflow;
import org.neurite.engine.workflow.WorkflowEditException;
import org.neurite.engine.workflow.WorkflowNode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code *.nflow} files. The layout (field order, indentation, line ends) is fixed, so loading
 * and saving a file gives the same bytes and diffs stay small:
 *
 * <pre>
 * {
 *   "format": "neurite-workflow",
 *   "formatVersion": 1,
 *   "nodes": [ { "id": "conv1", "type": "org.neurite.dl.conv2d", "label": "", "position": { "x": 40, "y": 80 },
 *                "settings": { ... } } ],
 *   "connections": [ { "from": "input1.network", "to": "conv1.network" } ],
 *   "annotations": [ { "id": "a1", "text": "...", "position": { ... }, "width": 200, "height": 60 } ]
 * }
 * </pre>
 */
public final class WorkflowFile {

    public static final String FORMAT = "neurite-workflow";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".nflow";


    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private WorkflowFile() {
    }

    /** Reads a workflow file; every problem names the file and where in it. */
    public static Workflow read(Path file, NodeRegistry registry) throws WorkflowFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new WorkflowFileException(file + ": no such workflow file");
        } catch (IOException e) {
            throw new WorkflowFileException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), registry);
    }

    /** Parses workflow JSON; {@code source} names it in messages. */
    public static Workflow parse(String text, String source, NodeRegistry registry) throws WorkflowFileException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String at = where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr();
            throw new WorkflowFileException(source + at + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new WorkflowFileException(source + ": not a Neurite workflow (expected a JSON object)");
        }
        return new Reader(source, registry).read(root);
    }

    /** The workflow as file text. */
    public static String format(Workflow workflow) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode nodes = root.putArray("nodes");
        for (WorkflowNode node : workflow.nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("id", node.id());
            n.put("type", node.typeId());
            n.put("label", node.label());
            n.set("position", position(node.position()));
            n.set("settings", settingsJson(node));
        }
        ArrayNode connections = root.putArray("connections");
        for (Connection c : workflow.connections()) {
            ObjectNode json = connections.addObject();
            json.put("from", c.fromNode() + "." + c.fromPort());
            json.put("to", c.toNode() + "." + c.toPort());
        }
        ArrayNode annotations = root.putArray("annotations");
        for (Annotation a : workflow.annotations()) {
            ObjectNode json = annotations.addObject();
            json.put("id", a.id());
            json.put("text", a.text());
            json.set("position", position(a.position()));
            json.put("width", a.width());
            json.put("height", a.height());
        }
        try {
            return JSON.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot format workflow", e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ObjectNode settingsJson(WorkflowNode node) {
        SettingsSchema schema = node.descriptor().settings();
        return schema.toJson(node.settings());
    }

    private static ObjectNode position(Position p) {
        ObjectNode json = JSON.createObjectNode();
        json.put("x", p.x());
        json.put("y", p.y());
        return json;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Saves atomically: the text goes to a temporary file beside the target, is flushed to disk, then renamed
     * over the target. A crash or full disk mid-save leaves the old file as it was.
     */
    public static void write(Workflow workflow, Path file) throws IOException {
        AtomicFile.write(file, format(workflow).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the JSON tree into a workflow, keeping the path of what it reads for messages. */
    private static final class Reader {
        private final String source;
        private final NodeRegistry registry;

        Reader(String source, NodeRegistry registry) {
            this.source = source;
            this.registry = registry;
        }

        Workflow read(JsonNode root) throws WorkflowFileException {
            onlyFields(root, "", Set.of("format", "formatVersion", "nodes", "connections", "annotations"));
            if (!FORMAT.equals(root.path("format").asText(null))) {
                throw error("format", "not a Neurite workflow (expected \"format\": \"" + FORMAT + "\")");
            }
            JsonNode version = root.get("formatVersion");
            if (version == null || !version.isInt()) {
                throw error("formatVersion", "missing or not a whole number");
            }
            if (version.intValue() > FORMAT_VERSION) {
                throw error("formatVersion", "this file has format version " + version.intValue()
                        + ", written by a newer Neurite; this version reads format " + FORMAT_VERSION
                        + " and older. Update Neurite to open it");
            }
            if (version.intValue() < 1) {
                throw error("formatVersion", "unknown format version " + version.intValue());
            }
            Workflow workflow = new Workflow();
            JsonNode nodes = array(root, "nodes");
            for (int i = 0; i < nodes.size(); i++) {
                readNode(workflow, nodes.get(i), "nodes[" + i + "]");
            }
            JsonNode connections = array(root, "connections");
            for (int i = 0; i < connections.size(); i++) {
                readConnection(workflow, connections.get(i), "connections[" + i + "]");
            }
            JsonNode annotations = array(root, "annotations");
            for (int i = 0; i < annotations.size(); i++) {
                JsonNode a = annotations.get(i);
                String where = "annotations[" + i + "]";
                onlyFields(a, where, Set.of("id", "text", "position", "width", "height"));
                workflow.putAnnotation(new Annotation(text(a, where, "id"), text(a, where, "text"),
                        position(a, where), integer(a, where, "width"), integer(a, where, "height")));
            }
            return workflow;
        }

        private void readNode(Workflow workflow, JsonNode n, String where) throws WorkflowFileException {
            onlyFields(n, where, Set.of("id", "type", "label", "position", "settings"));
            String id = text(n, where, "id");
            String typeId = text(n, where, "type");
            String here = where + " ('" + id + "')";
            NodeFactory<?> factory = registry.find(typeId).orElseThrow(() -> error(here + ".type",
                    "unknown node type '" + typeId + "': no installed bundle provides it"));
            Record settings;
            try {
                settings = factory.descriptor().settings().fromJson(n.get("settings"), here + ".settings");
            } catch (SettingsException e) {
                throw new WorkflowFileException(source + ": " + e.getMessage(), e);
            }
            String label = n.has("label") ? text(n, where, "label") : "";
            try {
                workflow.addNode(new WorkflowNode(id, factory, settings, label, position(n, here)));
            } catch (WorkflowEditException e) {
                throw error(here, e.getMessage());
            }
        }

        private void readConnection(Workflow workflow, JsonNode c, String where) throws WorkflowFileException {
            onlyFields(c, where, Set.of("from", "to"));
            String[] from = portRef(c, where, "from");
            String[] to = portRef(c, where, "to");
            if (workflow.incoming(to[0], to[1]).isPresent()) {
                throw error(where, "input " + to[0] + "." + to[1] + " is connected more than once");
            }
            try {
                workflow.connect(from[0], from[1], to[0], to[1]);
            } catch (WorkflowEditException e) {
                throw error(where, e.getMessage());
            }
        }

        private String[] portRef(JsonNode c, String where, String field) throws WorkflowFileException {
            String ref = text(c, where, field);
            int dot = ref.indexOf('.');
            if (dot <= 0 || dot == ref.length() - 1) {
                throw error(where + "." + field, "expected \"node.port\", got \"" + ref + "\"");
            }
            return new String[] { ref.substring(0, dot), ref.substring(dot + 1) };
        }

        private Position position(JsonNode parent, String where) throws WorkflowFileException {
            JsonNode p = parent.get("position");
            if (p == null) {
                return Position.ORIGIN;
            }
            onlyFields(p, where + ".position", Set.of("x", "y"));
            return new Position(integer(p, where + ".position", "x"), integer(p, where + ".position", "y"));
        }

        private JsonNode array(JsonNode root, String field) throws WorkflowFileException {
            JsonNode value = root.get(field);
            if (value == null) {
                return JSON.createArrayNode();
            }
            if (!value.isArray()) {
                throw error(field, "expected a JSON array");
            }
            return value;
        }

        private String text(JsonNode parent, String where, String field) throws WorkflowFileException {
            JsonNode value = parent.get(field);
            if (value == null || !value.isTextual()) {
                throw error(where + "." + field, value == null ? "missing" : "expected a text, got " + value);
            }
            return value.textValue();
        }

        private int integer(JsonNode parent, String where, String field) throws WorkflowFileException {
            JsonNode value = parent.get(field);
            if (value == null || !value.isInt()) {
                throw error(where + "." + field, value == null ? "missing" : "expected a whole number, got " + value);
            }
            return value.intValue();
        }

        private void onlyFields(JsonNode object, String where, Set<String> allowed) throws WorkflowFileException {
            if (!object.isObject()) {
                throw error(where, "expected a JSON object, got " + object);
            }
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(where.isEmpty() ? name : where + "." + name, "unknown field '" + name
                            + "'; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private WorkflowFileException error(String where, String problem) {
            return new WorkflowFileException(source + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
        }
    }
}
