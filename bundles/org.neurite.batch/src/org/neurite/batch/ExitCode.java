package org.neurite.batch;

/** The batch runner's exit codes; scripts and schedulers act on them. */
public final class ExitCode {

    /** Every node executed. */
    public static final int SUCCESS = 0;
    /** A node failed while executing; stderr names it. */
    public static final int NODE_FAILED = 1;
    /** Bad command line, or a workflow file that cannot be read, is invalid or cannot be configured. */
    public static final int USAGE = 2;
    /** Interrupted (Ctrl-C): the run was cancelled and the files being written were finished or removed. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
