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

    private static void plain(NetworkSpec net, DataTable train, int threads) throws Exception {
        int before = Nd4j.getEnvironment().maxThreads();
        if (threads > 0) {
            Nd4j.getEnvironment().setMaxThreads(threads);
        }
        try {
            ComputationGraph graph = CompiledNetwork.compile(net, CompileOptions.defaults().withUpdater(
                    new Nesterovs(0.01, 0.9))).newGraph();
            ColumnMapping mapping = ColumnMapping.of(net, train.spec(), "label", "t");
            TableBatches feed = TableBatches.withTargets(train, mapping, 3, org.nd4j.linalg.api.buffer.DataType.FLOAT);
            List<DataSet> batches = new ArrayList<>();
            for (int b = 0; b < 100; b++) {
                int[] rows = new int[64];
                for (int i = 0; i < 64; i++) {
                    rows[i] = b * 64 + i;
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
            print("plain DL4J fit(DataSet)", threads, (System.nanoTime() - start) / 300e6);
        } finally {
            Nd4j.getEnvironment().setMaxThreads(before);
        }
    }

    private static void node(NetworkSpec net, DataTable train, int threads) throws Exception {
        TrainerNode trainer = new TrainerNode();
        long start = System.nanoTime();
        NodeHarness.of(trainer).execute(Flow.settings(trainer, "epochs=3", "batchSize=64", "threads=" + threads), net,
                train, null, null);
        print("trainer node (incl. graph init)", threads, (System.nanoTime() - start) / 300e6);
    }

    private static void print(String what, int threads, double millisPerIteration) {
        System.out.println(String.format(Locale.ROOT, "[benchmark] dense 2-16-3, batch 64, threads %s: %-32s %.3f ms"
                + " per iteration", threads == 0 ? "all" : threads, what, millisPerIteration));
    }
}
