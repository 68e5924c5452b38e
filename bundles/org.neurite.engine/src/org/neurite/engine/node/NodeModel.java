package org.neurite.engine.node;

import java.util.List;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;

/**
 * What a node does: infer its outputs' specs from its inputs' specs without data, then compute its outputs.
 * Implementations are stateless: everything a call needs comes in as arguments.
 *
 * @param <S> the node's settings record
 */
public interface NodeModel<S extends Record> {

    /**
     * Validates the settings against the input specs and infers the output specs, without touching data.
     * Runs whenever the inputs or settings change, so it must be quick.
     *
     * @param inSpecs  one per input port, {@code null} for an optional input that is not connected
     * @param settings the node's settings, already checked against their declared bounds
     * @return one spec per output port
     * @throws InvalidConfigurationException with a message naming the setting or input and, where possible, a fix
     */
    List<PortSpec> configure(List<PortSpec> inSpecs, S settings, NodeContext context)
            throws InvalidConfigurationException;

    /**
     * Computes the outputs. Long-running work reports progress and calls {@link ExecutionContext#checkCanceled()}
     * regularly.
     *
     * @param inputs one per input port, {@code null} for an optional input that is not connected
     * @return one object per output port
     */
    List<PortObject> execute(List<PortObject> inputs, S settings, ExecutionContext context) throws Exception;
}
