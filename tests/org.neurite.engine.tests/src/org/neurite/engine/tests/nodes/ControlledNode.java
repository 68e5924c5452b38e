package org.neurite.engine.tests.nodes;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.neurite.engine.node.ExecutionContext;
import org.neurite.engine.node.NodeContext;
import org.neurite.engine.node.NodeDescriptor;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.node.NodeModel;
import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.Setting;

/**
 * Passes a number through, behaving as told: wait at a barrier shared by all such nodes (to prove branches run
 * at once), loop until cancelled or stopped, or fail.
 */
public final class ControlledNode implements NodeFactory<ControlledNode.Settings> {

    public enum Behaviour {
        PASS, MEET_AT_BARRIER, LOOP_UNTIL_CANCELLED, FAIL
    }

    public record Settings(@Setting(label = "Behaviour", description = "What to do.") Behaviour behaviour) {
    }

    public static final String ID = "test.controlled";

    /** Set by a test before it runs MEET_AT_BARRIER nodes. */
    public static volatile CyclicBarrier barrier;

    @Override
    public NodeDescriptor<Settings> descriptor() {
        return NodeDescriptor.builder(ID).name("Controlled").category("Test/Control").description("Test helper.")
                .input("in", "In", Numbers.NUMBER, "A number.").output("out", "Out", Numbers.NUMBER, "The same number.")
                .settings(Settings.class);
    }

    @Override
    public NodeModel<Settings> createModel() {
        return new NodeModel<>() {
            @Override
            public List<PortSpec> configure(List<PortSpec> in, Settings s, NodeContext context) {
                return List.of(in.get(0));
            }

            @Override
            public List<PortObject> execute(List<PortObject> in, Settings s, ExecutionContext context)
                    throws Exception {
                Numbers.count(context.nodeId());
                switch (s.behaviour()) {
                    case MEET_AT_BARRIER -> barrier.await(20, TimeUnit.SECONDS);
                    case LOOP_UNTIL_CANCELLED -> {
                        for (int i = 0; !context.isStopRequested(); i++) {
                            context.checkCanceled();
                            context.progress((i % 100) / 100.0, "looping " + i);
                            context.reportMetrics("iteration", i + 1L, java.util.Map.of("loss", 1.0 / (i + 1)));
                            Thread.sleep(5);
                        }
                        return List.of(new Numbers.Value(-1));
                    }
                    case FAIL -> throw new IllegalStateException("told to fail");
                    case PASS -> {
                    }
                }
                return List.of(in.get(0));
            }
        };
    }

}
