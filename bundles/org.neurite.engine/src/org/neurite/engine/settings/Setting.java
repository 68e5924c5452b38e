package org.neurite.engine.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one setting of a node on a component of its settings record. The same declaration drives the
 * workflow file's JSON, defaults, validation, the workbench dialog and batch {@code --set} overrides.
 *
 * <p>Supported component types: {@code int}, {@code long}, {@code double}, {@code boolean}, {@code String},
 * any {@code enum} (its constants are the choices) and {@code List<String>} (comma-separated on a command line).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {

    /** Short label shown in dialogs, e.g. {@code Units}. */
    String label();

    /** What the setting does and how to choose it; shown as a tooltip and in the node description. */
    String description();

    /**
     * Default as text, in the same syntax as {@code --set}: {@code 64}, {@code 0.5}, {@code true}, {@code RELU},
     * {@code a,b,c}. Empty means the type's empty value (0, false, "", the first enum constant, empty list).
     */
    String defaultValue() default "";

    /** Smallest allowed value of a number (inclusive). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value of a number (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /** Whether a text or list setting may be left empty. */
    boolean optional() default false;

    /** Dialog section this setting belongs to; empty for the main section. */
    String section() default "";
}
