package org.neurite.data.normalize;

import java.util.List;

import org.neurite.engine.port.PortSpec;

/**
 * What a fitted normalizer will do, known at configure time: the method and the columns it rescales.
 *
 * @param method  how values are rescaled
 * @param columns the columns, in table order
 */
public record NormalizerSpec(NormalizerModel.Method method, List<String> columns) implements PortSpec {

    public NormalizerSpec {
        columns = List.copyOf(columns);
    }

    @Override
    public String summary() {
        return method.label() + " of " + (columns.size() <= 3 ? String.join(", ", columns) : columns.size() + " columns");
    }
}
