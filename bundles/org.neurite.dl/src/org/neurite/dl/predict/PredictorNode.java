package org.neurite.dl.predict;

import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurite.data.table.Column;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.model.TrainedModel;
import org.neurite.dl.model.TrainedModelSpec;
import org.neurite.dl.network.Shape;
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

/** Applies a trained model to a table: appends class probabilities and the predicted class, or the predicted values. */
@Component(service = NodeFactory.class)
public final class PredictorNode implements NodeFactory<PredictorNode.Settings> {

    public static final String ID = "org.neurite.dl.predictor";

    public record Settings(
            @Setting(label = "Prediction column", description = "Name of the appended column with the predicted"
                    + " class or value (a Scorer compares it with the actual column).", defaultValue = "prediction")
            String predictionColumn,
            @Setting(label = "Class probabilities", description = "Also append one column P(class) per class with"
                    + " the probability the network gives it.", defaultValue = "true") boolean probabilities,
            @Setting(label = "Rows per batch", description = "Rows the network processes at once; larger is faster"
                    + " up to a point and needs more memory.", defaultValue = "256", min = 1, max = 1_000_000,
                    section = "Advanced") int batchSize) {
    }

    private static final NodeDescriptor<Settings> DESCRIPTOR = NodeDescriptor.builder(ID).name("Predictor")
            .category("Deep Learning/Apply").icon("icons/predictor.png").description("""
                    Applies a trained model to the rows of a table and appends what it predicts. The table \
                    needs the same feature columns the model was trained on (the target column may be missing: \
                    that is what is predicted).

                    For classification the network's output layer gives one probability per class (they add up \
                    to 1); the predicted class is the most probable one. The probabilities show how sure the \
                    model is: 0.98 for the winner is a confident prediction, 0.40 against 0.35 a guess. For a \
                    yes/no model the probability of "yes" decides at 0.5. For regression the prediction is the \
                    number itself.

                    Connect the result to a Scorer with the actual column to measure accuracy on rows the model \
                    never saw.""")
            .input("model", "Model", TrainedModel.TYPE, "A trained model, from a trainer or a Model Reader.")
            .input("table", "Data", DataTable.TYPE, "The rows to predict; needs the model's feature columns.")
            .output("table", "Predictions", DataTable.TYPE, "The input table with the prediction columns appended.")
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
                TrainedModelSpec model = (TrainedModelSpec) inSpecs.get(0);
                TableSpec table = (TableSpec) inSpecs.get(1);
                model.columns().checkFeatures(table, "the table to predict");
                if (settings.predictionColumn().isBlank()) {
                    throw new InvalidConfigurationException("setting 'predictionColumn' (Prediction column) is"
                            + " empty: name the column to append, e.g. prediction");
                }
                TableSpec out = table;
                for (ColumnSpec c : predictions(model, settings).specs()) {
                    out = out.with(c);
                }
                return List.of(out);
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, Settings settings, ExecutionContext context)
                    throws Exception {
                TrainedModel model = (TrainedModel) inputs.get(0);
                DataTable table = (DataTable) inputs.get(1);
                model.columns().checkFeatures(table.spec(), "the table to predict");
                Dl4jRuntime.initialize();
                float[] outputs = outputs(model, table, settings.batchSize(), context);
                DataTable out = table;
                for (Column c : predictions(model.spec(), settings).columns(outputs, table.rowCount())) {
                    out = out.with(c);
                }
                return List.of(out);
            }
        };
    }

    private static Predictions predictions(TrainedModelSpec model, Settings s) {
        Shape head = model.network().head().outputShape();
        return new Predictions(model.columns(), (int) head.elementCount(), s.predictionColumn().trim(),
                s.probabilities());
    }

    /** The network's outputs for every row, row after row. */
    static float[] outputs(TrainedModel model, DataTable table, int batchSize, ExecutionContext context)
            throws Exception {
        ComputationGraph graph = model.graph();
        TableBatches feed = TableBatches.featuresOnly(table, model.columns(), DataType.FLOAT);
        TableBatches.Buffers buffers = new TableBatches.Buffers();
        int n = table.rowCount();
        float[] all = null;
        for (int from = 0; from < n; from += batchSize) {
            context.checkCanceled();
            int[] rows = new int[Math.min(batchSize, n - from)];
            int start = from;
            Arrays.setAll(rows, i -> start + i);
            TableBatches.Batch batch = feed.read(rows, buffers);
            INDArray out = graph.output(false, batch.features(), batch.featureMasks(), null)[0];
            float[] values = out.castTo(DataType.FLOAT).dup('c').data().asFloat();
            if (all == null) {
                all = new float[(values.length / rows.length) * n];
            }
            System.arraycopy(values, 0, all, from * (values.length / rows.length), values.length);
            context.progress((double) (from + rows.length) / n, "predicted " + (from + rows.length) + " of " + n
                    + " rows");
        }
        return all == null ? new float[0] : all;
    }
}
