package org.neurite.dl.model;

import java.util.Objects;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortType;

/**
 * A trained network with everything needed to use it on new data: the DL4J graph with its weights, the network
 * spec, which columns it reads and predicts (with the class names), the seed and the training history. Treated
 * as immutable: nothing trains a model further once it left its trainer, so predictors may share it.
 *
 * @param graph   the DL4J network with its trained weights
 * @param spec    network, column mapping (with the class labels) and seed
 * @param history how training went
 */
public record TrainedModel(ComputationGraph graph, TrainedModelSpec spec, TrainingHistory history)
        implements PortObject {

    /** The port type of trained models; wire colour purple. */
    public static final PortType TYPE = new PortType("org.neurite.dl.model", "Trained model", TrainedModelSpec.class,
            TrainedModel.class, 0x7A4FB0);

    public TrainedModel {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(history, "history");
    }

    public ColumnMapping columns() {
        return spec.columns();
    }

    @Override
    public String summary() {
        return history.headline() + " (" + spec.summary() + ")";
    }
}
