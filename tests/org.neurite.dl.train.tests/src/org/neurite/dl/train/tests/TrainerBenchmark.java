package org.neurite.dl.train.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.neurite.data.table.DataTable;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.model.ColumnMapping;
import org.neurite.dl.model.TableBatches;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl.train.TrainerNode;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.execution.NodeHarness;

/**
 * Opt-in benchmark ({@code -Dneurite.benchmark=true}): the trainer node against a plain DL4J loop over the same
 * pre-built mini-batches, per iteration. Prints; asserts nothing.
 */
@EnabledIfSystemProperty(named = "neurite.benchmark", matches = "true")
class TrainerBenchmark {

    @Test
    void smallDenseNetwork() throws Exception {
        Dl4jRuntime.initialize();
        DataTable train = Data.blobs(6400, 0.4, 1);
        NetworkSpec net = Nets.dense(train.spec(), "x1,x2", 16, 0, "CLASSIFICATION", "label").withOutputUnits(3);
        for (int round = 0; round < 3; round++) {
            for (int threads : new int[] { 0, 1 }) {
                plain(net, train, threads);
                node(net, train, threads);
            }
        }
    }

    /** 600 random sequences of 50 steps x 3 features, LSTM 32 (last step) -> 4 classes, batch 16. */
    @Test
    void smallLstm() throws Exception {
        Dl4jRuntime.initialize();
        java.util.Random random = new java.util.Random(3);
        org.neurite.data.table.SequenceColumn.Builder b = new org.neurite.data.table.SequenceColumn.Builder(3);
        int[] label = new int[640];
        for (int i = 0; i < label.length; i++) {
            float[] steps = new float[150];
            for (int k = 0; k < steps.length; k++) {
                steps[k] = (float) random.nextGaussian();
            }
            b.add(steps, 50);
            label[i] = random.nextInt(4);
        }
        DataTable train = DataTable.of(b.build("s"), org.neurite.data.table.CategoryColumn.of("label",
                List.of("a", "b", "c", "d"), label));
        NetworkSpec n = Nets.layer(new org.neurite.dl.layers.InputLayerNode(), "input1", List.of(train.spec()),
                "columns=s");
        n = Nets.layer(new org.neurite.dl.layers.LstmNode(), "lstm1", List.of(n), "units=32");
        List<org.neurite.engine.port.PortSpec> in = new ArrayList<>();
        in.add(n);
        in.add(null);
        n = Nets.layer(new org.neurite.dl.layers.OutputLayerNode(), "output1", in, "targetColumn=label")
                .withOutputUnits(4);
        for (int round = 0; round < 2; round++) {
            for (int threads : new int[] { 0, 1 }) {
                plainLoop(n, train, threads, 16, "LSTM 3-32-4, 50 steps");
                nodeRun(n, train, threads, 16, "LSTM 3-32-4, 50 steps");
            }
        }
    }

    private static void plain(NetworkSpec net, DataTable train, int threads) throws Exception {
        plainLoop(net, train, threads, 64, "dense 2-16-3");
    }

    private static void node(NetworkSpec net, DataTable train, int threads) throws Exception {
        nodeRun(net, train, threads, 64, "dense 2-16-3");
    }

    private static void plainLoop(NetworkSpec net, DataTable train, int threads, int batchSize, String what)
            throws Exception {
        int before = Nd4j.getEnvironment().maxThreads();
        if (threads > 0) {
            Nd4j.getEnvironment().setMaxThreads(threads);
        }
        try {
            ComputationGraph graph = CompiledNetwork.compile(net, CompileOptions.defaults().withUpdater(
                    new Nesterovs(0.01, 0.9))).newGraph();
            ColumnMapping mapping = ColumnMapping.of(net, train.spec(), "label", "t");
            TableBatches feed = TableBatches.withTargets(train, mapping, (int) net.head().outputShape().elementCount(),
                    org.nd4j.linalg.api.buffer.DataType.FLOAT);
            List<DataSet> batches = new ArrayList<>();
            for (int b = 0; b < train.rowCount() / batchSize; b++) {
                int[] rows = new int[batchSize];
                for (int i = 0; i < batchSize; i++) {
                    rows[i] = b * batchSize + i;
                }
                TableBatches.Batch batch = feed.read(rows, new TableBatches.Buffers());
                batches.add(new DataSet(batch.features()[0], batch.labels()));
            }
            for (DataSet d : batches) {
                graph.fit(d);
            }
            long start = System.nanoTime();
            for (int e = 0; e < 3; e++) {
                for (DataSet d : batches) {
                    graph.fit(d);
                }
            }
            print(what, batchSize, "plain DL4J fit(DataSet)", threads, (System.nanoTime() - start) / 1e6
                    / (3 * batches.size()));
        } finally {
            Nd4j.getEnvironment().setMaxThreads(before);
        }
    }

    private static void nodeRun(NetworkSpec net, DataTable train, int threads, int batchSize, String what)
            throws Exception {
        TrainerNode trainer = new TrainerNode();
        long start = System.nanoTime();
        // threads=0 here means "all cores" for the comparison, so pass the count explicitly
        int explicit = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        NodeHarness.of(trainer).execute(Flow.settings(trainer, "epochs=3", "batchSize=" + batchSize, "threads="
                + explicit), net, train, null, null);
        print(what, batchSize, "trainer node (incl. graph init)", threads, (System.nanoTime() - start) / 1e6
                / (3 * (train.rowCount() / batchSize)));
    }

    private static void print(String what, int batchSize, String how, int threads, double millisPerIteration) {
        System.out.println(String.format(Locale.ROOT, "[benchmark] %s, batch %d, threads %s: %-32s %.3f ms per"
                + " iteration", what, batchSize, threads == 0 ? "all" : threads, how, millisPerIteration));
    }
}
