package org.neurite.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.batch.tests.Cli.neurite;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.batch.ExitCode;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aGoodWorkflowListsEachNodesOutputSpecNotesAndCurvesAndExitsWith0() throws Exception {
        Path flow = Flow.scale().node("rate", "batch-test.schedule", "{ \"epochs\": 6 }").writeTo(dir);
        Cli.Result result = neurite("validate", flow);
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertEquals("""
                Workflow %s: 3 nodes, 1 connection
                source  Number 'source'
                          Value: integer
                rate    Schedule 'rate'
                          Rate: step decay from 0.1
                            learning rate by epoch: 0.1, 0.1, 0.05, 0.05, 0.025, 0.025 (6 epochs)
                scale   Scale 'scale'
                          Scaled: integer  (1 param)
                All 3 nodes can be configured.
                """.formatted(flow), result.out());
        assertEquals("", result.err());

        Cli.Result details = neurite("validate", flow, "--details");
        assertTrue(details.out().contains("""
                          Scaled: integer  (1 param)
                            integer
                            factor 2.0
                """), details::toString);
    }

    @Test
    void aMisfitIsAnErrorUnderTheNodeThatCannotBeConfiguredAndExitsWith2() throws Exception {
        Path flow = Flow.misfit().writeTo(dir);
        Cli.Result result = neurite("validate", flow);
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertTrue(result.out().contains("""
                strict  Scale 'strict'
                          error: Scale 'strict': needs an integer input, got a number: untick 'Integers only' or feed it an integer
                """), result::toString);
        assertTrue(result.out().contains("""
                after   Scale 'after'
                          not configured: an upstream node cannot be configured
                """), result::toString);
        assertTrue(result.out().endsWith("2 of 4 nodes cannot be configured.\n"), result::toString);
        assertEquals("error: Scale 'strict': needs an integer input, got a number: untick 'Integers only' or feed it "
                + "an integer\n", result.err());
    }

    @Test
    void anOverrideCanFixAMisfitForValidation() throws Exception {
        Cli.Result result = neurite("validate", Flow.misfit().writeTo(dir), "--set", "strict.integersOnly=false");
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
    }
}
