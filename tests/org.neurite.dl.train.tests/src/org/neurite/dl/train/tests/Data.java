package org.neurite.dl.train.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.neurite.data.table.CategoryColumn;
import org.neurite.data.table.DataTable;
import org.neurite.data.table.DoubleColumn;
import org.neurite.data.table.IntColumn;

/** Small tables made with a seeded generator, and the example data sets. */
final class Data {

    static final List<String> CLASSES = List.of("a", "b", "c");

    /**
     * {@code n} points in the plane (columns x1, x2) from three Gaussian blobs of standard deviation
     * {@code spread} around (-1, 0), (1, 0) and (0, 1.5), labelled a, b, c (column label).
     */
    static DataTable blobs(int n, double spread, long seed) {
        Random random = new Random(seed);
        double[][] centres = { { -1, 0 }, { 1, 0 }, { 0, 1.5 } };
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(3);
            label[i] = c;
            x1[i] = centres[c][0] + spread * random.nextGaussian();
            x2[i] = centres[c][1] + spread * random.nextGaussian();
        }
        return DataTable.of(DoubleColumn.of("x1", x1), DoubleColumn.of("x2", x2),
                CategoryColumn.of("label", CLASSES, label));
    }

    /** The same points with the labels as int columns 0, 1, 2 (column class). */
    static DataTable blobsWithIntLabels(int n, double spread, long seed) {
        DataTable t = blobs(n, spread, seed);
        return t.without("label").with(IntColumn.of("class", t.column("label", CategoryColumn.class).toArray()));
    }

    /** {@code table} with its labels replaced by random ones: nothing to learn, a model can only memorise. */
    static DataTable shuffledLabels(DataTable table, long seed) {
        Random random = new Random(seed);
        int[] label = new int[table.rowCount()];
        for (int i = 0; i < label.length; i++) {
            label[i] = random.nextInt(3);
        }
        return table.with(CategoryColumn.of("label", CLASSES, label));
    }

    /** The examples folder, from the build (see the pom). */
    static Path examples() {
        return Path.of(System.getProperty("neurite.examples", "../../examples")).toAbsolutePath().normalize();
    }

    private Data() {
    }
}
