package org.neurite.engine.node;

/** Log entries of one node; the workbench console and batch output show them. */
public interface NodeLog {

    void info(String message);

    void warn(String message);

    void error(String message);
}
