package org.neurite.engine.settings;

/** Settings type of a node that has nothing to set. */
public record NoSettings() {
}
