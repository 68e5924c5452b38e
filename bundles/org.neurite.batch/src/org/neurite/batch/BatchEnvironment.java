package org.neurite.batch;

import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * What the commands run against.
 *
 * @param nodeTypes the installed node types
 * @param out       results and progress
 * @param err       problems
 * @param terminal  whether {@code out} is a terminal: then progress is one line updated in place
 */
public record BatchEnvironment(NodeTypes nodeTypes, PrintStream out, PrintStream err, boolean terminal) {

    /** Whether this process writes to a terminal a user watches (not a pipe, a file or a dumb terminal). */
    public static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Since Java 22 System.console() is not null when redirected; isTerminal() tells.
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
