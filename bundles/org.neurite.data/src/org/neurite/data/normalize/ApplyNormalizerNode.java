package org.neurite.data.normalize;

import java.util.List;

import org.neurite.data.node.DataNode;
import org.neurite.data.table.DataTable;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.NoSettings;
import org.osgi.service.component.annotations.Component;

/** Rescales a table with parameters a Normalizer learnt on another table. */
@Component(service = NodeFactory.class)
public final class ApplyNormalizerNode extends DataNode<NoSettings> {

    public static final String ID = "org.neurite.data.applyNormalizer";

    @Override
    protected NodeDescriptor<NoSettings> describe() {
        return NodeDescriptor.builder(ID).name("Apply Normalizer").category("Data/Transform")
                .icon("icons/apply-normalizer.png")
                .description("""
                        Rescales a table with the offsets and scales a Normalizer learnt on other data, usually the \
                        training data. Use it on test data and on new data, so every table the model sees is \
                        scaled the same way. The table needs the columns the normalizer was fitted on.""")
                .input("model", "Parameters", NormalizerModel.TYPE, "From a Normalizer's second output.")
                .input("table", "Table", DataTable.TYPE, "The table to rescale.")
                .output("table", "Normalized", DataTable.TYPE, "The table with the columns rescaled.")
                .settings(NoSettings.class);
    }

    @Override
    public List<PortSpec> configure(List<PortSpec> inSpecs, NoSettings s, NodeContext context)
            throws InvalidConfigurationException {
        return List.of(NormalizerModel.applySpec(tableSpec(inSpecs, 1), (NormalizerSpec) inSpecs.get(0)));
    }

    @Override
    public List<PortObject> execute(List<PortObject> inputs, NoSettings s, ExecutionContext context) {
        return List.of(((NormalizerModel) inputs.get(0)).apply(table(inputs, 1)));
    }
}
