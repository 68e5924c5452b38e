package org.neurite.dl.network;

/**
 * The shape of one example as it flows out of a layer; the batch dimension is implicit and shown as {@code ?}.
 * Images are height x width x channels, as the data tables store them, whatever layout the backend uses.
 */
public sealed interface Shape {

    /** A size not known before the data is seen: the steps of variable-length sequences, an output's classes. */
    int UNKNOWN = -1;

    /** {@code [?, 24, 24, 20]}: the shape with the batch dimension, as wires show it. */
    String summary();

    /** {@code an image [28 x 28 x 1]}: the shape as messages name it. */
    String describe();

    /** Numbers per example, or {@link #UNKNOWN} when a size is unknown. */
    long elementCount();

    /** Whether every size is known (sequence steps may stay unknown: they vary per row). */
    boolean isComplete();

    /** A flat vector of {@code size} numbers per example. */
    record Features(int size) implements Shape {
        public Features {
            if (size < 1 && size != UNKNOWN) {
                throw new IllegalArgumentException("A feature vector needs at least one number, got " + size);
            }
        }

        @Override
        public String summary() {
            return "[?, " + text(size) + "]";
        }

        @Override
        public String describe() {
            return "a feature vector [" + text(size) + "]";
        }

        @Override
        public long elementCount() {
            return size;
        }

        @Override
        public boolean isComplete() {
            return size != UNKNOWN;
        }
    }

    /** A grid of pixels with channels, e.g. 28 x 28 x 1 for a grey MNIST digit. */
    record Image(int height, int width, int channels) implements Shape {
        public Image {
            if (height < 1 || width < 1 || channels < 1) {
                throw new IllegalArgumentException("An image needs positive sizes, got " + height + " x " + width
                        + " x " + channels);
            }
        }

        @Override
        public String summary() {
            return "[?, " + height + ", " + width + ", " + channels + "]";
        }

        @Override
        public String describe() {
            return "an image [" + height + " x " + width + " x " + channels + "]";
        }

        @Override
        public long elementCount() {
            return (long) height * width * channels;
        }

        @Override
        public boolean isComplete() {
            return true;
        }
    }

    /**
     * {@code steps} time steps of {@code features} numbers; steps is {@link #UNKNOWN} when rows differ, features
     * only for an output layer whose size is not known yet.
     */
    record Sequence(int steps, int features) implements Shape {
        public Sequence {
            if ((steps < 1 && steps != UNKNOWN) || (features < 1 && features != UNKNOWN)) {
                throw new IllegalArgumentException("A sequence needs positive sizes, got " + steps + " x " + features);
            }
        }

        @Override
        public String summary() {
            return "[?, " + text(steps) + ", " + text(features) + "]";
        }

        @Override
        public String describe() {
            return "a sequence [" + text(steps) + " x " + text(features) + "]";
        }

        @Override
        public long elementCount() {
            return steps == UNKNOWN || features == UNKNOWN ? UNKNOWN : (long) steps * features;
        }

        @Override
        public boolean isComplete() {
            return features != UNKNOWN;
        }
    }

    private static String text(int size) {
        return size == UNKNOWN ? "?" : String.valueOf(size);
    }
}
