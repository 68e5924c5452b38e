package org.neurite.benchmarks;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.neurite.data.csv.CsvReaderNode;
import org.neurite.data.idx.IdxReaderNode;
import org.neurite.data.table.DataTable;
import org.neurite.dl.layers.Convolution2DNode;
import org.neurite.dl.layers.InputLayerNode;
import org.neurite.dl.layers.OutputLayerNode;
import org.neurite.dl.model.ColumnMapping;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.NodeFactory;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.settings.SettingsSchema;

/**
 * Data speed with the product's own jars on a plain class path: the CSV Reader node on a generated 1 GB numeric
 * file (10 double columns like {@code -123.456789}), and the
 * MNIST IDX files read by the IDX Reader node and cut into training mini-batches (NCHW arrays and one-hot labels)
 * by the trainer's {@link TableBatches}, as a training epoch does. Prints {@code RESULT} lines.
 * <p>
 * {@code java DataSpeed CSV_FILE IMAGES LABELS [csvRuns]}: the CSV file is generated when missing.
 */
public final class DataSpeed {

    static final long CSV_BYTES = 1L << 30;
    static final int CSV_COLUMNS = 10;

    private DataSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[0]);
        int csvRuns = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        mnistBatches(Path.of(args[1]), Path.of(args[2]));
        if (csvRuns > 0) {
            csvReader(csv, csvRuns);
        }
    }

    private static void csvReader(Path file, int runs) throws Exception {
        long rows = Files.exists(file) && Files.size(file) >= CSV_BYTES ? -1 : generate(file);
        long bytes = Files.size(file);
        CsvReaderNode reader = new CsvReaderNode();
        var settings = settings(reader, "file=" + file.getFileName());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            System.gc();
            CpuClock.Reading before = CpuClock.read(ProcessHandle.current().pid());
            long cpuStart = threads.getCurrentThreadCpuTime();
            DataTable table = (DataTable) NodeHarness.of(reader, file.getParent()).execute(settings).get(0);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            CpuClock.Usage usage = CpuClock.read(ProcessHandle.current().pid()).since(before);
            if (rows >= 0 && table.rowCount() != rows) {
                throw new IllegalStateException("The CSV Reader read " + table.rowCount() + " rows of " + rows);
            }
            wall[run] = bytes / 1e6 / usage.seconds();
            cpu[run] = bytes / 1e6 / cpuSeconds;
            System.out.println(String.format(Locale.ROOT, "RUN csv %d: %.2f s, %.0f MB/s, %.0f MB per CPU second of the"
                    + " reading thread, other processes %.2f cores", run + 1, usage.seconds(), wall[run], cpu[run],
                    usage.otherCores() + usage.ownCores() - cpuSeconds / usage.seconds()));
        }
        result("csv.mbPerSecond", wall);
        result("csv.mbPerCpuSecond", cpu);
        System.out.println(String.format(Locale.ROOT, "RESULT csv.megabytes %.1f", bytes / 1e6));
    }

    /** IDX Reader, then every training mini-batch of an epoch through TableBatches; rows per second. */
    private static void mnistBatches(Path images, Path labels) throws Exception {
        Dl4jRuntime.initialize();
        IdxReaderNode reader = new IdxReaderNode();
        var settings = settings(reader, "imagesFile=" + images, "labelsFile=" + labels);
        NetworkSpec network = lenetInput(NodeHarness.of(reader).configure(settings).get(0));
        List<Double> readSeconds = new ArrayList<>();
        List<Double> batchSeconds = new ArrayList<>();
        int rows = 0;
        for (int run = -2; run < 7; run++) {
            long start = System.nanoTime();
            DataTable table = (DataTable) NodeHarness.of(reader).execute(settings).get(0);
            long read = System.nanoTime();
            rows = table.rowCount();
            ColumnMapping mapping = ColumnMapping.of(network, table.spec(), "label", "the MNIST table");
            TableBatches batches = TableBatches.withTargets(table, mapping, 10, DataType.FLOAT);
            TableBatches.Buffers buffers = new TableBatches.Buffers();
            int[] order = new int[rows];
            Arrays.setAll(order, i -> i);
            shuffle(order, new Random(run));
            for (int from = 0; from < rows; from += 64) {
                batches.read(Arrays.copyOfRange(order, from, Math.min(from + 64, rows)), buffers);
            }
            long done = System.nanoTime();
            if (run >= 0) {
                readSeconds.add((read - start) / 1e9);
                batchSeconds.add((done - read) / 1e9);
            }
        }
        int n = rows;
        result("mnist.readRowsPerSecond", readSeconds.stream().mapToDouble(s -> n / s).toArray());
        result("mnist.batchRowsPerSecond", batchSeconds.stream().mapToDouble(s -> n / s).toArray());
        System.out.println("RESULT mnist.rows " + rows);
    }

    /** The smallest network the IDX table can train: input (image) -> conv -> output, enough for a column mapping. */
    private static NetworkSpec lenetInput(PortSpec table) throws Exception {
        NetworkSpec n = (NetworkSpec) NodeHarness.of(new InputLayerNode()).withNodeId("input")
                .configure(settings(new InputLayerNode(), "columns=image"), table).get(0);
        n = (NetworkSpec) NodeHarness.of(new Convolution2DNode()).withNodeId("conv")
                .configure(settings(new Convolution2DNode(), "filters=4"), n).get(0);
        return (NetworkSpec) NodeHarness.of(new OutputLayerNode()).withNodeId("output")
                .configure(settings(new OutputLayerNode(), "targetColumn=label"), n, table).get(0);
    }

    static <S extends Record> S settings(NodeFactory<S> factory, String... assignments) throws Exception {
        SettingsSchema<S> schema = factory.descriptor().settings();
        return schema.withTexts(schema.defaults(), assignments);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static void result(String name, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "RESULT %s median=%.1f min=%.1f max=%.1f n=%d", name,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length));
    }

    /** Rows of 10 numbers with up to 3 integer and 6 decimal digits, until the file reaches 1 GiB. */
    private static long generate(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Random random = new Random(1);
        byte[] row = new byte[CSV_COLUMNS * 12];
        long written = 0;
        long rows = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
            byte[] header = "c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\n".getBytes();
            out.write(header);
            written += header.length;
            while (written < CSV_BYTES) {
                int p = 0;
                for (int c = 0; c < CSV_COLUMNS; c++) {
                    if (random.nextBoolean()) {
                        row[p++] = '-';
                    }
                    p = digits(row, p, random.nextInt(1000), 1);
                    row[p++] = '.';
                    p = digits(row, p, random.nextInt(1_000_000), 6);
                    row[p++] = (byte) (c == CSV_COLUMNS - 1 ? '\n' : ',');
                }
                out.write(row, 0, p);
                written += p;
                rows++;
            }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
