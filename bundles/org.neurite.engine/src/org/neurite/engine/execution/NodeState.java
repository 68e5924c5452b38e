package org.neurite.engine.execution;

/** Where a node stands; the workbench shows it as the node's status light. */
public enum NodeState {
    /** Inputs missing, or its settings do not fit its inputs (then its status carries the message). */
    UNCONFIGURED,
    /** Output specs are known; ready to execute. */
    CONFIGURED,
    EXECUTING,
    /** Outputs are available. */
    EXECUTED,
    /** Execution failed; its status carries the message. */
    FAILED
}
