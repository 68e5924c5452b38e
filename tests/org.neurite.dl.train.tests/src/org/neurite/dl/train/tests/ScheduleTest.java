package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.schedule.CosineAnnealingSchedule;
import org.neurite.dl.schedule.DecayPolicy;
import org.neurite.dl.schedule.LearningRateSchedule;
import org.neurite.dl.schedule.LearningRateSchedulerNode;
import org.neurite.dl.schedule.PolynomialDecaySchedule;
import org.neurite.dl.schedule.ScheduleUnit;
import org.neurite.dl.schedule.WarmupSchedule;
import org.neurite.dl.train.Momentum;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.engine.execution.NodeHarness;
import org.neurite.engine.node.InvalidConfigurationException;
import org.neurite.engine.port.PortSpec;
import org.neurite.engine.port.Series;

/** The decay policies' formulas, the scheduler node's preview, and our schedules inside a saved DL4J network. */
class ScheduleTest {

    private static final double EPS = 1e-12;
    private static final LearningRateSchedulerNode NODE = new LearningRateSchedulerNode();

    private static LearningRateSchedule schedule(String... settings) throws Exception {
        return (LearningRateSchedule) NodeHarness.of(NODE).configure(Flow.settings(NODE, settings)).get(0);
    }

    @Test
    void stepDecayMultipliesByGammaEveryKSteps() throws Exception {
        LearningRateSchedule s = schedule("policy=STEP", "initialRate=0.01", "gamma=0.5", "stepSize=2", "horizon=6");
        assertArrayEquals(new double[] { 0.01, 0.01, 0.005, 0.005, 0.0025, 0.0025 }, s.curve(), EPS);
        assertInstanceOf(StepSchedule.class, s.toDl4j(), "step decay is DL4J's own StepSchedule");
        assertEquals("step decay from 0.01, x0.5 every 2 epochs", s.summary());
    }

    @Test
    void exponentialInverseAndFixedFollowTheirFormulas() throws Exception {
        double[] exp = schedule("policy=EXPONENTIAL", "initialRate=0.1", "gamma=0.9", "horizon=4").curve();
        assertArrayEquals(new double[] { 0.1, 0.09, 0.081, 0.0729 }, exp, EPS);
        double[] inv = schedule("policy=INVERSE", "initialRate=0.1", "gamma=0.5", "power=2", "horizon=3").curve();
        assertArrayEquals(new double[] { 0.1, 0.1 / 2.25, 0.1 / 4 }, inv, EPS);
        assertArrayEquals(new double[] { 0.3, 0.3, 0.3 }, schedule("policy=FIXED", "initialRate=0.3", "horizon=3")
                .curve(), EPS);
    }

    @Test
    void polynomialFallsToTheMinimumOverItsLengthAndStays() throws Exception {
        double[] linear = schedule("policy=POLYNOMIAL", "initialRate=0.1", "minimumRate=0.02", "power=1", "length=4",
                "horizon=6").curve();
        assertArrayEquals(new double[] { 0.1, 0.08, 0.06, 0.04, 0.02, 0.02 }, linear, EPS);
        double[] square = schedule("policy=POLYNOMIAL", "initialRate=1", "power=2", "length=2", "horizon=3").curve();
        assertArrayEquals(new double[] { 1, 0.25, 0 }, square, EPS);
    }

    @Test
    void sigmoidHalvesTheRateAtTheMidpoint() throws Exception {
        double[] c = schedule("policy=SIGMOID", "initialRate=0.1", "stepSize=5", "steepness=1", "horizon=11").curve();
        assertEquals(0.05, c[5], EPS);
        assertEquals(0.1 / (1 + Math.exp(-5)), c[0], EPS);
        assertEquals(0.1 / (1 + Math.exp(5)), c[10], EPS);
        for (int t = 1; t < c.length; t++) {
            assertTrue(c[t] < c[t - 1], "falls monotonically");
        }
    }

    @Test
    void cosineAnnealsToTheMinimumAndOptionallyRestarts() throws Exception {
        double[] once = schedule("policy=COSINE", "initialRate=0.1", "minimumRate=0.0", "length=4", "horizon=7")
                .curve();
        double half = 0.05;
        assertArrayEquals(new double[] { 0.1, half + half * Math.cos(Math.PI / 4), half, half - half * Math.cos(Math.PI
                / 4), 0, 0, 0 }, once, EPS);
        double[] restarts = schedule("policy=COSINE", "initialRate=0.1", "length=4", "restarts=true",
                "horizon=9").curve();
        assertArrayEquals(java.util.Arrays.copyOfRange(restarts, 0, 4), java.util.Arrays.copyOfRange(restarts, 4, 8),
                EPS, "equal cycles repeat");
        assertEquals(0.1, restarts[8], EPS);
        double[] growing = schedule("policy=COSINE", "initialRate=1", "length=2", "restarts=true",
                "periodMultiplier=2", "horizon=7").curve();
        // cycles of 2 then 4 steps: restart at t=2 and t=6
        assertEquals(1, growing[2], EPS);
        assertEquals(0.5, growing[4], EPS);
        assertEquals(1, growing[6], EPS);
    }

    @Test
    void warmupClimbsLinearlyThenThePolicyStartsItsClock() throws Exception {
        double[] c = schedule("policy=STEP", "initialRate=0.04", "gamma=0.5", "stepSize=2", "warmupSteps=4",
                "horizon=8").curve();
        assertArrayEquals(new double[] { 0.01, 0.02, 0.03, 0.04, 0.04, 0.04, 0.02, 0.02 }, c, EPS);
        assertInstanceOf(WarmupSchedule.class, schedule("warmupSteps=1").toDl4j());
        assertTrue(schedule("policy=COSINE", "warmupSteps=3").summary().startsWith("3-epoch warm-up, then cosine"));
    }

    @Test
    void iterationSchedulesCountMiniBatchesNotEpochs() throws Exception {
        ISchedule s = schedule("policy=STEP", "unit=ITERATION", "initialRate=1", "gamma=0.1", "stepSize=100")
                .toDl4j();
        assertEquals(1, s.valueAt(99, 5), EPS);
        assertEquals(0.1, s.valueAt(100, 0), EPS);
    }

    @Test
    void thePreviewCurveIsTheSeriesOfTheSpec() throws Exception {
        PortSpec spec = NodeHarness.of(NODE).configure(Flow.settings(NODE, "policy=STEP", "horizon=5")).get(0);
        List<Series> series = spec.series();
        assertEquals(1, series.size());
        assertEquals("epoch", series.get(0).xLabel());
        assertEquals(5, series.get(0).values().length);
        assertEquals("0.01 -> 0.0025 over 5 epochs", spec.producerNote());
        assertTrue(spec.details().contains("epoch 3: 0.005"), spec.details());
    }

    @Test
    void settingsThatCannotDecayAreRefusedWithTheFix() {
        InvalidConfigurationException up = assertThrows(InvalidConfigurationException.class,
                () -> schedule("policy=STEP", "gamma=1.5"));
        assertTrue(up.getMessage().contains("setting 'gamma'") && up.getMessage().contains("at most 1"),
                up.getMessage());
        InvalidConfigurationException min = assertThrows(InvalidConfigurationException.class,
                () -> schedule("policy=COSINE", "initialRate=0.01", "minimumRate=0.05"));
        assertTrue(min.getMessage().contains("minimumRate") && min.getMessage().contains("lower the minimum"),
                min.getMessage());
    }

    @Test
    void ourSchedulesAndMomentumSurviveDl4jsModelFile(@TempDir Path dir) throws Exception {
        Dl4jRuntime.initialize();
        ISchedule warmCosine = new WarmupSchedule(ScheduleType.ITERATION, 3,
                new CosineAnnealingSchedule(ScheduleType.ITERATION, 0.1, 0.001, 5, 2, true));
        ISchedule poly = new PolynomialDecaySchedule(ScheduleType.EPOCH, 0.05, 0.0, 2, 10);
        for (IUpdater updater : List.of(new Nesterovs(warmCosine, 0.9), new Momentum(0.01, poly, 0.8))) {
            CompiledNetwork net = CompiledNetwork.compile(Nets.dense(TableSpec.of(10, blobSpec()), "x1,x2", 4, 0,
                    "CLASSIFICATION", "label").withOutputUnits(3), CompileOptions.defaults().withUpdater(updater));
            ComputationGraph graph = net.newGraph();
            Path file = dir.resolve("net.zip");
            ModelSerializer.writeModel(graph, file.toFile(), true);
            ComputationGraph back = ModelSerializer.restoreComputationGraph(file.toFile(), true);
            assertEquals(graph.getConfiguration(), back.getConfiguration(), "configuration round-trips");
            IUpdater restored = ((BaseLayer) back.getLayer("dense1").conf().getLayer()).getIUpdater();
            assertEquals(updater, restored);
            for (int t = 0; t < 30; t++) {
                assertEquals(updater.getLearningRate(t, t), restored.getLearningRate(t, t), EPS);
            }
            assertEquals(graph.params(), back.params());
        }
    }

    @Test
    void everyPolicyMakesADl4jSchedule() throws Exception {
        for (DecayPolicy p : DecayPolicy.values()) {
            for (ScheduleUnit u : ScheduleUnit.values()) {
                LearningRateSchedule s = schedule("policy=" + p, "unit=" + u, "horizon=20");
                double[] c = s.curve();
                assertEquals(20, c.length);
                for (double v : c) {
                    assertTrue(v >= 0 && v <= s.initialRate() + EPS, p + " stays within [0, initial]: " + v);
                }
            }
        }
    }

    static org.neurite.data.table.ColumnSpec[] blobSpec() {
        return new org.neurite.data.table.ColumnSpec[] { org.neurite.data.table.ColumnSpec.doubles("x1"),
                org.neurite.data.table.ColumnSpec.doubles("x2"),
                org.neurite.data.table.ColumnSpec.category("label", Data.CLASSES) };
    }
}
