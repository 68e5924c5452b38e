package org.neurite.dl.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.neurite.data.normalize.NormalizerModel;
import org.neurite.data.normalize.NormalizerSpec;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.ColumnType;
import org.neurite.dl.network.Input;
import org.neurite.dl.network.LayerSpec;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.network.NetworkSpecJson;
import org.neurite.dl.network.Objective;
import org.neurite.engine.file.AtomicFile;
import org.neurite.engine.node.InvalidConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A trained model in one file: DL4J's own model zip ({@code ModelSerializer}: configuration, weights, updater
 * state), so DL4J alone can still load the network, plus one entry {@value #METADATA} with what Neurite needs to
 * use it on tables: the feature and target columns (with the class names), the objective, the network spec, the
 * seed, the training history and, when the training data was normalised, the normaliser's parameters. Written
 * atomically: a reader sees the old file or the new one, never a part.
 */
public final class ModelFile {

    /**
     * What a model file holds.
     *
     * @param model      the trained model
     * @param normalizer the normaliser stored with it; one without columns (it changes nothing) when none was
     */
    public record Contents(TrainedModel model, NormalizerModel normalizer) {
    }

    /**
     * What a model file describes, read without the weights.
     *
     * @param model      the model's spec
     * @param normalizer the stored normaliser's spec; without columns when none was stored
     */
    public record Description(TrainedModelSpec model, NormalizerSpec normalizer) {
    }

    /** The zip entry holding Neurite's metadata. */
    public static final String METADATA = "neurite-model.json";
    public static final String FORMAT = "neurite-model";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes {@code model} to {@code file}, replacing it atomically. */
    public static void write(TrainedModel model, Path file) throws IOException {
        write(model, null, file);
    }

    /**
     * Writes {@code model} and the normaliser its training data went through to {@code file}, replacing it
     * atomically.
     *
     * @param normalizer may be null
     */
    public static void write(TrainedModel model, NormalizerModel normalizer, Path file) throws IOException {
        ByteArrayOutputStream dl4j = new ByteArrayOutputStream(1 << 20);
        ModelSerializer.writeModel(model.graph(), dl4j, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(dl4j.size() + (1 << 16));
        try (ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dl4j.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(METADATA));
            zip.write(MAPPER.writeValueAsBytes(metadata(model, normalizer)));
            zip.closeEntry();
        }
        AtomicFile.write(file, out.toByteArray());
    }

    /** Reads a whole model: network, weights and metadata. */
    public static Contents read(Path file) throws IOException {
        JsonNode json = readMetadata(file);
        TrainedModelSpec spec = spec(json, file);
        TrainingHistory history = history(json.path("history"), file);
        NormalizerModel normalizer = normalizer(json.path("normaliser"), file);
        ComputationGraph graph = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        return new Contents(new TrainedModel(graph, spec, history), normalizer);
    }

    /** Reads only the metadata (fast, no weights): what a reader node needs at configure time. */
    public static Description describe(Path file) throws IOException {
        JsonNode json = readMetadata(file);
        return new Description(spec(json, file), normalizer(json.path("normaliser"), file).spec());
    }

    /** The model's spec from the metadata (fast, no weights). */
    public static TrainedModelSpec readSpec(Path file) throws IOException {
        return spec(readMetadata(file), file);
    }

    private static JsonNode readMetadata(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such model file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(METADATA);
            if (entry == null) {
                throw new IOException(file + " is not a Neurite model: it has no " + METADATA
                        + (zip.getEntry("configuration.json") != null ? " (it looks like a plain DL4J model, which"
                                + " lacks the column mapping; train it in Neurite or write it with a Model Writer)"
                                : ""));
            }
            try (InputStream in = zip.getInputStream(entry)) {
                JsonNode json = MAPPER.readTree(in);
                if (!FORMAT.equals(json.path("format").asText())) {
                    throw new IOException(file + ": " + METADATA + " is not in the format '" + FORMAT + "'");
                }
                int version = json.path("version").asInt(-1);
                if (version != VERSION) {
                    throw new IOException(file + " is a Neurite model of format version " + version + "; this"
                            + " Neurite reads version " + VERSION + (version > VERSION ? ": update Neurite" : ""));
                }
                return json;
            }
        } catch (ZipException e) {
            throw new IOException(file + " is not a model file (not a zip archive): " + e.getMessage(), e);
        }
    }

    private static ObjectNode metadata(TrainedModel model, NormalizerModel normalizer) {
        TrainedModelSpec spec = model.spec();
        ColumnMapping columns = spec.columns();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("format", FORMAT);
        json.put("version", VERSION);
        json.put("seed", spec.seed());
        json.put("objective", columns.objective().name());
        ArrayNode labels = json.putArray("classLabels");
        columns.classLabels().forEach(labels::add);
        ArrayNode inputs = json.putArray("inputs");
        for (InputColumns in : columns.inputs()) {
            ObjectNode i = inputs.addObject();
            i.put("layer", in.layer());
            ArrayNode cols = i.putArray("columns");
            in.columns().forEach(c -> cols.add(column(c)));
        }
        json.set("target", column(columns.target()));
        if (normalizer == null) {
            json.putNull("normaliser");
        } else {
            ObjectNode n = json.putObject("normaliser");
            n.put("method", normalizer.method().name());
            ArrayNode params = n.putArray("columns");
            for (NormalizerModel.Parameters p : normalizer.columns()) {
                params.addObject().put("column", p.column()).put("offset", p.offset()).put("scale", p.scale());
            }
        }
        json.set("network", NetworkSpecJson.toJson(spec.network()));
        json.set("history", history(model.history()));
        return json;
    }

    private static ObjectNode column(ColumnSpec c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", c.name());
        o.put("type", c.type().label());
        ArrayNode shape = o.putArray("shape");
        for (int d : c.shape()) {
            shape.add(d);
        }
        ArrayNode categories = o.putArray("categories");
        c.categories().forEach(categories::add);
        return o;
    }

    private static ColumnSpec column(JsonNode o, String where) {
        ColumnType type = ColumnType.fromLabel(o.path("type").asText());
        if (type == null || !o.path("name").isTextual()) {
            throw new IllegalArgumentException(where + ": not a column: " + o);
        }
        int[] shape = new int[o.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = o.path("shape").get(i).asInt();
        }
        List<String> categories = new ArrayList<>();
        o.path("categories").forEach(c -> categories.add(c.asText()));
        return new ColumnSpec(o.path("name").asText(), type, shape, categories);
    }

    private static TrainedModelSpec spec(JsonNode json, Path file) throws IOException {
        try {
            NetworkSpec network = NetworkSpecJson.fromJson(json.path("network"));
            List<InputColumns> inputs = new ArrayList<>();
            for (JsonNode i : json.path("inputs")) {
                List<ColumnSpec> cols = new ArrayList<>();
                for (JsonNode c : i.path("columns")) {
                    cols.add(column(c, "input columns"));
                }
                String layer = i.path("layer").asText();
                LayerSpec in = network.layer(layer).filter(l -> l.layer() instanceof Input).orElseThrow(
                        () -> new IllegalArgumentException("the network has no input layer '" + layer + "'"));
                inputs.add(new InputColumns(layer, cols, in.outputShape()));
            }
            List<String> labels = new ArrayList<>();
            json.path("classLabels").forEach(l -> labels.add(l.asText()));
            ColumnMapping columns = new ColumnMapping(inputs, column(json.path("target"), "target"),
                    Objective.valueOf(json.path("objective").asText()), labels);
            return new TrainedModelSpec(network, columns, json.path("seed").asLong());
        } catch (InvalidConfigurationException | IllegalArgumentException e) {
            throw new IOException(file + ": the model's description is damaged: " + e.getMessage(), e);
        }
    }

    private static NormalizerModel normalizer(JsonNode n, Path file) throws IOException {
        if (n.isMissingNode() || n.isNull()) {
            return new NormalizerModel(NormalizerModel.Method.MIN_MAX, List.of());
        }
        try {
            List<NormalizerModel.Parameters> params = new ArrayList<>();
            for (JsonNode p : n.path("columns")) {
                if (!p.path("column").isTextual() || !p.path("offset").isNumber() || !p.path("scale").isNumber()) {
                    throw new IllegalArgumentException("bad column parameters " + p);
                }
                params.add(new NormalizerModel.Parameters(p.path("column").asText(), p.path("offset").doubleValue(),
                        p.path("scale").doubleValue()));
            }
            return new NormalizerModel(NormalizerModel.Method.valueOf(n.path("method").asText()), params);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": the stored normaliser is damaged: " + e.getMessage(), e);
        }
    }

    private static ObjectNode history(TrainingHistory history) {
        ObjectNode h = MAPPER.createObjectNode();
        h.put("bestEpoch", history.bestEpoch());
        h.put("ending", history.ending());
        ArrayNode epochs = h.putArray("epochs");
        for (TrainingHistory.Epoch e : history.epochs()) {
            ObjectNode o = epochs.addObject();
            o.put("epoch", e.epoch());
            o.put("iteration", e.iteration());
            number(o, "loss", e.loss());
            number(o, "validationLoss", e.validationLoss());
            number(o, "validationAccuracy", e.validationAccuracy());
            number(o, "learningRate", e.learningRate());
            number(o, "seconds", e.seconds());
        }
        return h;
    }

    /** NaN (no validation) is written as null: JSON has no NaN. */
    private static void number(ObjectNode o, String name, double value) {
        if (Double.isFinite(value)) {
            o.put(name, value);
        } else {
            o.putNull(name);
        }
    }

    private static TrainingHistory history(JsonNode h, Path file) throws IOException {
        List<TrainingHistory.Epoch> epochs = new ArrayList<>();
        for (JsonNode o : h.path("epochs")) {
            epochs.add(new TrainingHistory.Epoch(o.path("epoch").asInt(), o.path("iteration").asInt(),
                    number(o, "loss"), number(o, "validationLoss"), number(o, "validationAccuracy"),
                    number(o, "learningRate"), number(o, "seconds")));
        }
        if (!h.path("ending").isTextual()) {
            throw new IOException(file + ": the model's training history is damaged");
        }
        return new TrainingHistory(epochs, h.path("bestEpoch").asInt(), h.path("ending").asText());
    }

    private static double number(JsonNode o, String name) {
        JsonNode v = o.path(name);
        return v.isNumber() ? v.doubleValue() : Double.NaN;
    }

    private ModelFile() {
    }
}
