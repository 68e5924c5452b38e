package org.neurite.batch.testnodes;

import java.util.List;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;
import org.neurite.engine.port.Series;

/** The port type of the batch test nodes: a number, with a spec that can carry a note and curves like a layer's. */
public final class Numbers {

    public record Spec(String summary, boolean integral, String producerNote, List<Series> series, String notes)
            implements PortSpec {
        public static Spec of(boolean integral) {
            return new Spec(integral ? "integer" : "number", integral, "", List.of(), "");
        }

        @Override
        public String details() {
            return notes.isEmpty() ? summary : summary + "\n" + notes;
        }
    }

    public record Value(double value, String summary) implements PortObject {
        @Override
        public PortSpec spec() {
            return Spec.of(value == Math.rint(value));
        }
    }

    public static final PortType NUMBER = new PortType("batch-test.number", "Number", Spec.class, Value.class,
            0x3070C0);

    private Numbers() {
    }
}
