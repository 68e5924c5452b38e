package org.neurite.dl.layers;

import java.util.ArrayList;
import java.util.List;

import org.neurite.dl.network.Layer;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;

/**
 * A layer node: its settings make one {@link Layer}, which is added after the network(s) on its inputs and
 * named after the node's id. One model serves every layer kind; configure and execute do the same, because a
 * network description needs no data. Unconnected optional inputs (extra merge branches) are skipped.
 *
 * @param <S> the node's settings
 */
public abstract class LayerNodeFactory<S extends Record> implements NodeFactory<S> {

    /** Category of every layer node in the node repository. */
    public static final String CATEGORY = "Deep Learning/Layers";

    /**
     * The layer these settings describe.
     *
     * @throws InvalidConfigurationException when the settings contradict each other
     */
    protected abstract Layer layer(S settings) throws InvalidConfigurationException;

    @Override
    public NodeModel<S> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> inSpecs, S settings, NodeContext context)
                    throws InvalidConfigurationException {
                return List.of(add(inSpecs, settings, context));
            }

            @Override
            public List<PortObject> execute(List<PortObject> inputs, S settings, ExecutionContext context)
                    throws InvalidConfigurationException {
                return List.of(add(inputs, settings, context));
            }
        };
    }

    private NetworkSpec add(List<?> inputs, S settings, NodeContext context) throws InvalidConfigurationException {
        List<NetworkSpec> branches = new ArrayList<>();
        for (Object in : inputs) {
            if (in != null) {
                branches.add((NetworkSpec) in);
            }
        }
        return NetworkSpec.join(context.nodeId(), context.nodeName(), layer(settings), branches);
    }
}
