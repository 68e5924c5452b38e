package org.neurite.engine.execution;

import java.util.List;

import org.neurite.engine.port.PortObject;
import org.neurite.engine.port.PortSpec;

/**
 * A snapshot of one node's execution state.
 *
 * @param state    where it stands
 * @param message  why it is unconfigured or failed (naming the node), or a note; {@code null} when none
 * @param specs    output specs when configured or executed, else empty
 * @param outputs  output objects when executed, else empty
 * @param progress fraction done while executing
 * @param progressMessage what it is doing while executing
 */
public record NodeStatus(NodeState state, String message, List<PortSpec> specs, List<PortObject> outputs,
        double progress, String progressMessage) {

    public static final NodeStatus UNCONFIGURED = new NodeStatus(NodeState.UNCONFIGURED, null, List.of(), List.of(),
            0, "");

    public NodeStatus {
        specs = specs == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(specs));
        outputs = outputs == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(outputs));
    }

    public boolean hasError() {
        return message != null && (state == NodeState.UNCONFIGURED || state == NodeState.FAILED);
    }
}
