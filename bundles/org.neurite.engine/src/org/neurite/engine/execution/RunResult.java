package org.neurite.engine.execution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a run ended.
 *
 * @param executed  nodes this run executed
 * @param failed    nodes that failed or could not be configured, with their messages (in workflow order)
 * @param skipped   nodes not run because something upstream failed or the run was cancelled
 * @param cancelled whether the user cancelled the run
 */
public record RunResult(List<String> executed, Map<String, String> failed, Set<String> skipped, boolean cancelled) {

    public boolean success() {
        return failed.isEmpty() && skipped.isEmpty() && !cancelled;
    }
}
