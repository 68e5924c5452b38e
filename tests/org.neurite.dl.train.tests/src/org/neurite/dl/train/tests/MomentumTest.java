package org.neurite.dl.train.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;
import org.neurite.dl.train.Momentum;
import org.neurite.dl4j.runtime.Dl4jRuntime;

/** Classical momentum, step by step: v = mu v - rate g, and DL4J subtracts -v from the weights. */
class MomentumTest {

    @Test
    void theVelocityAccumulatesPastGradients() {
        Dl4jRuntime.initialize();
        Momentum config = new Momentum(0.1, null, 0.9);
        INDArray state = Nd4j.zeros(1, 2);
        GradientUpdater<?> updater = config.instantiate(state, true);

        INDArray g1 = Nd4j.createFromArray(new float[] { 1, -2 });
        updater.applyUpdater(g1, 0, 0);
        assertArrayEquals(new float[] { 0.1f, -0.2f }, g1.toFloatVector(), 1e-6f, "first step: rate * g");

        INDArray g2 = Nd4j.createFromArray(new float[] { 1, 0 });
        updater.applyUpdater(g2, 1, 0);
        // v = 0.9 * (-0.1, 0.2) - 0.1 * (1, 0) = (-0.19, 0.18); the update is -v
        assertArrayEquals(new float[] { 0.19f, -0.18f }, g2.toFloatVector(), 1e-6f);
        assertArrayEquals(new float[] { -0.19f, 0.18f }, state.toFloatVector(), 1e-6f, "the state is the velocity");
    }

    @Test
    void aScheduleSetsTheRate() {
        Momentum config = new Momentum(99, new StepSchedule(ScheduleType.ITERATION, 1, 0.5, 1), 0.5);
        assertEquals(1, config.getLearningRate(0, 0));
        assertEquals(0.25, config.getLearningRate(2, 7));
        assertEquals(config, config.clone());
    }
}
