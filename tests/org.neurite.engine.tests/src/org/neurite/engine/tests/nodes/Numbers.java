package org.neurite.engine.tests.nodes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.PortType;

/** A tiny port type for engine tests: a number, whose spec says whether it is an integer. */
public final class Numbers {

    public record Spec(boolean integral) implements PortSpec {
        @Override
        public String summary() {
            return integral ? "integer" : "number";
        }
    }

    public record Value(double value) implements PortObject {
        @Override
        public PortSpec spec() {
            return new Spec(value == Math.rint(value));
        }
    }

    public record TextSpec() implements PortSpec {
        @Override
        public String summary() {
            return "text";
        }
    }

    public record Text(String text) implements PortObject {
        @Override
        public PortSpec spec() {
            return new TextSpec();
        }
    }

    public static final PortType NUMBER = new PortType("test.number", "Number", Spec.class, Value.class, 0x3070C0);
    public static final PortType TEXT = new PortType("test.text", "Text", TextSpec.class, Text.class, 0xC07030);

    /** How often each node id executed, so tests see what ran again. */
    public static final Map<String, Integer> EXECUTIONS = new ConcurrentHashMap<>();

    static void count(String nodeId) {
        EXECUTIONS.merge(nodeId, 1, Integer::sum);
    }

    private Numbers() {
    }
}
