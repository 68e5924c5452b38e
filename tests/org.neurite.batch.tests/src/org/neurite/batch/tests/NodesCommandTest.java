package org.neurite.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.batch.tests.Cli.neurite;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neurite.batch.ExitCode;

class NodesCommandTest {

    @Test
    void listsEveryInstalledNodeTypeWithCategoryPortsAndSettings() {
        Cli.Result result = neurite("nodes");
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertTrue(result.out().contains("""

                Batch Test/Sources
                  Number  [batch-test.number]
                    Outputs value x repeat.
                    outputs: value (Value, Number)
                    settings:
                      value = 1.0  (a number between -1000.0 and 1000.0)
                          Value: The number to output.
                      repeat = 1  (a whole number between 1 and 10)
                          Repeat: How many times to add the value.
                      sign = PLUS  (one of PLUS, MINUS)
                          Sign: Whether to negate the sum.
                """), result::toString);
        assertTrue(result.out().contains("""
                  Slow Writer  [batch-test.slow-writer]
                    Writes numbered files slowly and atomically.
                    inputs:  in (In, Number, optional)
                    outputs: count (Files, Number)
                """), result::toString);
        for (String type : new String[] { "batch-test.fail", "batch-test.scale", "batch-test.schedule" }) {
            assertTrue(result.out().contains("[" + type + "]"), type);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "run", "validate", "nodes" })
    void everyCommandHasHelp(String command) {
        Cli.Result result = neurite(command, "--help");
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: neurite " + command), result::toString);
    }

    @Test
    void theTopLevelHelpListsTheCommandsAndExitCodesAndVersionNamesTheBundleVersion() {
        Cli.Result help = neurite("--help");
        assertEquals(ExitCode.SUCCESS, help.exitCode());
        for (String text : new String[] { "run", "validate", "nodes", "130  interrupted" }) {
            assertTrue(help.out().contains(text), text + "\n" + help);
        }
        Cli.Result version = neurite("--version");
        assertEquals(ExitCode.SUCCESS, version.exitCode());
        assertTrue(version.out().startsWith("Neurite batch runner 0.1.0."), version::toString);
    }
}
