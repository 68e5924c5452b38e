package org.neurite.engine.workflow;

/** A text note on the canvas. */
public record Annotation(String id, String text, Position position, int width, int height) {
}
