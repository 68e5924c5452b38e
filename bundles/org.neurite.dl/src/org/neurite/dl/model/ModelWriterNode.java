package org.neurite.dl.model;

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

/** Writes a trained model to one file. */
@Component(service = NodeFactory.class)
public final class ModelWriterNode implements NodeFactory<ModelWriterNode.Settings> {

    public static final String ID = "org.neurite.dl.modelWriter";

    /** Category of the model file nodes. */
    public static final String CATEGORY = "Deep Learning/IO";

    public record Settings(
            @Setting(label = "File", description = "Where to write the model, e.g. models/lenet.zip. Relative"
                    + " paths start at the run's output folder (batch --out), else the workflow's folder.",
                    defaultValue = "model.zip") String file,
            @Setting(label = "Overwrite", description = "Replace an existing file. Off: fail instead, so nothing"
                    + " is lost by accident.", defaultValue = "true") boolean overwrite) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Model Writer")
            .category(CATEGORY).icon("icons/model-writer.png").description("""
                    Saves a trained model in one file, to use it later or elsewhere with a Model Reader and a \
                    Predictor without training again.

                    The file is a Deeplearning4j model zip (the network's configuration, its trained weights \
                    and the optimiser's state), so Deeplearning4j programs can load it too, with one more entry \
                    that Neurite needs: which columns the model reads and predicts, the class names, the \
                    network as the layer nodes described it, the seed and the training history. A model read \
                    back predicts exactly what it predicted before.

                    If the training data was normalised (Normalizer node), connect the normaliser too: its \
                    parameters (offset and scale per column, learnt on the training data) go into the file, so \
                    whoever reads the model prepares new data exactly the same way.

                    The file is written completely under a temporary name and then renamed, so an existing \
                    model is never left half overwritten.""")
            .input("model", "Model", TrainedModel.TYPE, "The trained model to save.")
            .optionalInput("normalizer", "Normalizer", NormalizerModel.TYPE,
                    "Optional: the normaliser the training data went through, stored with the model.")
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
                target(settings, context);
                return List.of();
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws Exception {
                Path file = target(settings, context);
                if (!settings.overwrite() && Files.exists(file)) {
                    throw new InvalidConfigurationException("setting 'file' (File): " + file + " exists and"
                            + " 'Overwrite' is off: choose another file or switch Overwrite on");
                }
                Dl4jRuntime.initialize();
                ModelFile.write((TrainedModel) inputs.get(0), (NormalizerModel) inputs.get(1), file);
                context.log().info("wrote the model to " + file + " (" + Files.size(file) + " bytes)");
                return List.of();
            }
        };
    }

    private static Path target(Settings settings, NodeContext context) throws InvalidConfigurationException {
        if (settings.file().isBlank()) {
            throw new InvalidConfigurationException("setting 'file' (File) is empty: name the file to write,"
                    + " e.g. model.zip");
        }
        Path file = context.resolveOutput(settings.file().trim());
        if (Files.isDirectory(file)) {
            throw new InvalidConfigurationException("setting 'file' (File): " + file + " is a folder; name a file"
                    + " in it, e.g. " + file.resolve("model.zip"));
        }
        return file;
    }
}
