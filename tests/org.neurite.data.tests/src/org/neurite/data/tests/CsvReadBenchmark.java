package org.neurite.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neurite.data.tests.Nodes.settings;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.table.DataTable;

/**
 * Measures how fast the CSV Reader reads a generated 1 GB numeric CSV (10 double columns, e.g. 123.456789). Opt-in,
 * not part of the default test run:
 *
 * <pre>
 * ./mvnw -B verify -pl bundles/org.neurite.data,tests/org.neurite.data.tests -Dneurite.benchmark=true -Dtest=CsvReadBenchmark
 * </pre>
 *
 * The file is read right after it is written, so it comes from the page cache: this measures parsing, not the disk.
 */
@EnabledIfSystemProperty(named = "neurite.benchmark", matches = "true")
class CsvReadBenchmark {

    static final long TARGET_BYTES = 1L << 30;
    static final int COLUMNS = 10;

    @TempDir
    Path dir;

    @Test
    void readsOneGigabyteOfNumbers() throws Exception {
        Path file = dir.resolve("numbers.csv");
        long rows = generate(file);
        long bytes = Files.size(file);
        System.out.printf("[benchmark] generated %s: %.1f MB, %d rows x %d columns%n", file, bytes / 1e6, rows, COLUMNS);
        CsvReaderNode reader = new CsvReaderNode();
        var s = settings(reader, "file=numbers.csv");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] mbPerSecond = new double[3];
        double[] mbPerCpuSecond = new double[3];
        for (int run = 0; run < mbPerSecond.length; run++) {
            System.gc();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            DataTable t = Nodes.table(reader, dir, s);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            assertEquals(rows, t.rowCount());
            t = null;
            mbPerSecond[run] = bytes / 1e6 / seconds;
            mbPerCpuSecond[run] = bytes / 1e6 / cpu;
            System.out.printf("[benchmark] run %d: %.2f s wall (%.0f MB/s), %.2f s CPU of the reading thread (%.0f MB/s), "
                    + "%.1f M values/s; load average %.1f%n", run + 1, seconds, mbPerSecond[run], cpu,
                    mbPerCpuSecond[run], rows * COLUMNS / seconds / 1e6,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        Arrays.sort(mbPerSecond);
        Arrays.sort(mbPerCpuSecond);
        System.out.printf("[benchmark] CSV Reader, 1 GB numeric CSV: median %.0f MB/s wall (best %.0f), median %.0f MB "
                + "per CPU second of the reading thread%n", mbPerSecond[1], mbPerSecond[2], mbPerCpuSecond[1]);
    }

    /** Writes rows of 10 numbers with 3 integer and 6 decimal digits until the file reaches 1 GiB. */
    static long generate(Path file) throws Exception {
        Random random = new Random(1);
        byte[] row = new byte[COLUMNS * 12];
        long written = 0;
        long rows = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            byte[] header = "c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\n".getBytes();
            out.write(header);
            written += header.length;
            while (written < TARGET_BYTES) {
                int p = 0;
                for (int c = 0; c < COLUMNS; c++) {
                    if (random.nextBoolean()) {
                        row[p++] = '-';
                    }
                    int whole = random.nextInt(1000);
                    int fraction = random.nextInt(1_000_000);
                    p = digits(row, p, whole, 1);
                    row[p++] = '.';
                    p = digits(row, p, fraction, 6);
                    row[p++] = (byte) (c == COLUMNS - 1 ? '\n' : ',');
                }
                out.write(row, 0, p);
                written += p;
                rows++;
            }
        }
        return rows;
    }

    private static int digits(byte[] b, int p, int value, int minDigits) {
        int len = Math.max(minDigits, value == 0 ? 1 : (int) Math.log10(value) + 1);
        for (int i = len - 1; i >= 0; i--) {
            b[p + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return p + len;
    }
}
