package org.neurite.dl.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neurite.data.normalize.NormalizerModel;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;
import org.osgi.service.component.annotations.Component;

/** Reads a trained model written by the Model Writer. */
@Component(service = NodeFactory.class)
public final class ModelReaderNode implements NodeFactory<ModelReaderNode.Settings> {

    public static final String ID = "org.neurite.dl.modelReader";

    public record Settings(
            @Setting(label = "File", description = "The model file a Model Writer wrote. Relative paths start at"
                    + " the workflow's folder.", defaultValue = "model.zip") String file) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Model Reader")
            .category(ModelWriterNode.CATEGORY).icon("icons/model-reader.png").description("""
                    Loads a trained model that a Model Writer saved, with its weights, the columns it reads \
                    and predicts, its class names and its training history, ready for a Predictor. No \
                    training happens here: the model predicts exactly what it predicted when it was saved, so \
                    a model trained once (perhaps for hours) can be used in other workflows, in batch runs or \
                    on another machine.

                    Which columns the model needs is known as soon as the file is chosen, so a Predictor after \
                    this node checks its table before anything runs. The new table must be prepared the way \
                    the training table was: if the training data was normalised, the second output gives the \
                    normaliser the writer stored, for an Apply Normalizer node in front of the Predictor.""")
            .output("model", "Model", TrainedModel.TYPE, "The model from the file.")
            .output("normalizer", "Normalizer", NormalizerModel.TYPE, "The normaliser stored with the model; one"
                    + " that changes nothing when the model was written without one.")
            .settings(Settings.class);

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> inSpecs, Settings settings, NodeContext context)
                    throws InvalidConfigurationException {
                Path file = source(settings, context);
                try {
                    ModelFile.Description d = ModelFile.describe(file);
                    return List.of(d.model(), d.normalizer());
                } catch (IOException e) {
                    throw new InvalidConfigurationException("setting 'file' (File): " + e.getMessage());
                }
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws Exception {
                Path file = source(settings, context);
                Dl4jRuntime.initialize();
                try {
                    ModelFile.Contents c = ModelFile.read(file);
                    return List.of(c.model(), c.normalizer());
                } catch (IOException e) {
                    throw new InvalidConfigurationException("setting 'file' (File): " + e.getMessage());
                }
            }
        };
    }

    private static Path source(Settings settings, NodeContext context) throws InvalidConfigurationException {
        if (settings.file().isBlank()) {
            throw new InvalidConfigurationException("setting 'file' (File) is empty: choose a model file");
        }
        Path file = context.resolve(settings.file().trim());
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigurationException("setting 'file' (File): " + file + " does not exist"
                    + (Path.of(settings.file().trim()).isAbsolute() ? ""
                            : " (relative paths start at the workflow's folder)"));
        }
        return file;
    }
}
