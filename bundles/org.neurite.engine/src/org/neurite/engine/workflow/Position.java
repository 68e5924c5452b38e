package org.neurite.engine.workflow;

/** Where a node or annotation sits on the canvas, in canvas units at zoom 1. */
public record Position(int x, int y) {

    public static final Position ORIGIN = new Position(0, 0);

    public Position translate(int dx, int dy) {
        return new Position(x + dx, y + dy);
    }
}
