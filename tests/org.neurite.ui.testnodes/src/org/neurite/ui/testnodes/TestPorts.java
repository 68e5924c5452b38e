package org.neurite.ui.testnodes;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;
import org.neurite.engine.port.Series;

/** Two port types of the fixture nodes: a tensor with a shape, and text (which a tensor cannot feed). */
public final class TestPorts {

    public static final PortType TENSOR = new PortType("test.ui.tensor", "Tensor", TensorSpec.class,
            TensorValue.class, 0x2F7DE1);
    public static final PortType TEXT = new PortType("test.ui.text", "Text", TextSpec.class, TextValue.class,
            0xE07B26);

    private TestPorts() {
    }

    /** A tensor shape with an unknown batch size, and the parameters the producing layer added. */
    public record TensorSpec(int[] dims, long params, List<Series> curves) implements PortSpec {
        public TensorSpec {
            dims = dims.clone();
            curves = List.copyOf(curves);
        }

        @Override
        public String summary() {
            return "[?, " + Arrays.stream(dims).mapToObj(String::valueOf).collect(Collectors.joining(", ")) + "]";
        }

        @Override
        public String producerNote() {
            return params > 0 ? params + " params" : "";
        }

        @Override
        public List<Series> series() {
            return curves;
        }
    }

    public record TensorValue(TensorSpec spec) implements PortObject {
    }

    public record TextSpec() implements PortSpec {
        @Override
        public String summary() {
            return "text";
        }
    }

    public record TextValue(String text) implements PortObject {
        @Override
        public PortSpec spec() {
            return new TextSpec();
        }
    }
}
