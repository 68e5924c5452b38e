package org.neurite.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The data every contestant trains on, read the same way by the hand-written DL4J program and (in Python) by the
 * PyTorch program: the shipped MNIST subset (IDX files) and a generated sequence classification set.
 */
final class BenchmarkData {

    /** Examples as one flat float array (row-major, per-example block of {@code exampleSize}) and class codes. */
    record Examples(float[] features, int exampleSize, int[] classes, int classCount) {
        int count() {
            return classes.length;
        }
    }

    static final int STEPS = 50;
    static final int FEATURES = 8;
    static final String[] SHAPES = { "sawtooth", "sine", "square", "walk" };

    private BenchmarkData() {
    }

    /** MNIST images scaled to 0..1, {@code [count, 1, 28, 28]}, and labels 0..9. */
    static Examples mnist(Path images, Path labels) throws IOException {
        byte[] pixels;
        int count;
        int size;
        try (DataInputStream in = new DataInputStream(open(images))) {
            expect(in.readInt(), 0x803, images);
            count = in.readInt();
            size = in.readInt() * in.readInt();
            pixels = in.readNBytes(count * size);
        }
        int[] classes;
        try (DataInputStream in = new DataInputStream(open(labels))) {
            expect(in.readInt(), 0x801, labels);
            classes = new int[in.readInt()];
            byte[] b = in.readNBytes(classes.length);
            for (int i = 0; i < b.length; i++) {
                classes[i] = b[i] & 0xFF;
            }
        }
        float[] features = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            features[i] = (pixels[i] & 0xFF) / 255f;
        }
        return new Examples(features, size, classes, 10);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void expect(int magic, int wanted, Path file) {
        if (magic != wanted) {
            throw new IllegalArgumentException(file + " is not an IDX file of the expected kind (magic " + magic + ")");
        }
    }

    /**
     * Writes {@code count} sequences of {@link #STEPS} steps x {@link #FEATURES} features in long format
     * ({@code sequence_id,step,x1..x8,label}), four balanced classes of noisy signal shapes with random
     * frequency, phase and amplitude per feature. Seeded: the same file every time.
     */
    static void writeSequences(Path file, int count) throws IOException {
        Random random = new Random(2024);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp)) {
            StringBuilder header = new StringBuilder("sequence_id,step");
            for (int f = 1; f <= FEATURES; f++) {
                header.append(",x").append(f);
            }
            out.write(header.append(",label\n").toString());
            double[] frequency = new double[FEATURES];
            double[] phase = new double[FEATURES];
            double[] amplitude = new double[FEATURES];
            double[] walk = new double[FEATURES];
            for (int s = 0; s < count; s++) {
                int shape = s % SHAPES.length;
                for (int f = 0; f < FEATURES; f++) {
                    frequency[f] = 0.05 + 0.15 * random.nextDouble();
                    phase[f] = random.nextDouble();
                    amplitude[f] = 0.5 + random.nextDouble();
                    walk[f] = 0;
                }
                for (int t = 0; t < STEPS; t++) {
                    StringBuilder row = new StringBuilder().append(s).append(',').append(t);
                    for (int f = 0; f < FEATURES; f++) {
                        double x = (frequency[f] * t + phase[f]) % 1.0;
                        double v = switch (shape) {
                            case 0 -> 2 * x - 1;
                            case 1 -> Math.sin(2 * Math.PI * x);
                            case 2 -> x < 0.5 ? 1 : -1;
                            default -> walk[f] += 0.3 * random.nextGaussian();
                        };
                        row.append(String.format(Locale.ROOT, ",%.4f", amplitude[f] * v + 0.2 * random.nextGaussian()));
                    }
                    out.write(row.append(',').append(SHAPES[shape]).append('\n').toString());
                }
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The sequences of {@link #writeSequences}, features first per example ({@code [count, 8, 50]}, DL4J's NCW). */
    static Examples sequences(Path file) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                float[] values = new float[FEATURES];
                for (int i = 0; i < FEATURES; i++) {
                    values[i] = Float.parseFloat(f[2 + i]);
                }
                rows.add(values);
                if (Integer.parseInt(f[1]) == 0) {
                    labels.add(f[f.length - 1]);
                }
            }
        }
        List<String> names = new ArrayList<>(new TreeSet<>(labels));
        int count = labels.size();
        float[] features = new float[count * FEATURES * STEPS];
        int[] classes = new int[count];
        for (int s = 0; s < count; s++) {
            classes[s] = names.indexOf(labels.get(s));
            for (int t = 0; t < STEPS; t++) {
                float[] values = rows.get(s * STEPS + t);
                for (int f = 0; f < FEATURES; f++) {
                    features[(s * FEATURES + f) * STEPS + t] = values[f];
                }
            }
        }
        return new Examples(features, FEATURES * STEPS, classes, names.size());
    }
}
