package org.neurite.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.data.table.ColumnSpec;
import org.neurite.data.table.TableSpec;
import org.neurite.dl.compile.CompileOptions;
import org.neurite.dl.compile.CompiledNetwork;
import org.neurite.dl.network.NetworkSpec;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/** The Dropout node's rate is the share DROPPED, although DL4J's own number is the share kept. */
class DropoutSemanticsTest {

    @BeforeAll
    static void nd4j() {
        Dl4jRuntime.initialize();
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.0, 0.2, 0.5, 0.8 })
    void theRateIsTheShareOfValuesZeroedWhileTraining(double rate) throws Exception {
        NetworkSpec in = Layers.input("input1", TableSpec.of(-1, ColumnSpec.tensor("x", 1000)), "x");
        NetworkSpec drop = Layers.configure(Layers.DROPOUT, "drop1", in, "rate=" + rate);
        NetworkSpec net = Layers.configure(Layers.OUTPUT, "out1", drop, "objective=REGRESSION", "units=1");
        ComputationGraph graph = CompiledNetwork.compile(net, CompileOptions.defaults()).newGraph();
        INDArray ones = Nd4j.ones(DataType.FLOAT, 50, 1000);

        INDArray training = graph.feedForward(new INDArray[] { ones }, true, false).get("drop1");
        double zeroed = training.eq(0).castTo(DataType.FLOAT).meanNumber().doubleValue();
        // 50,000 values: the standard error of the share is at most 0.0023
        assertEquals(rate, zeroed, 0.01, "share zeroed at drop rate " + rate);
        // inverted dropout: the kept values are scaled so the expected sum stays
        assertEquals(1 / (1 - rate), training.maxNumber().doubleValue(), 1e-5);
        assertEquals(1.0, training.meanNumber().doubleValue(), 0.03);

        INDArray predicting = graph.feedForward(new INDArray[] { ones }, false, false).get("drop1");
        assertEquals(ones, predicting, "dropout does nothing when predicting");
    }
}
