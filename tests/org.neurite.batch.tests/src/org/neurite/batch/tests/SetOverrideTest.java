package org.neurite.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.batch.tests.Cli.neurite;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.batch.ExitCode;

class SetOverrideTest {

    @TempDir
    Path dir;

    @Test
    void overridesChangeTheRunButNotTheFile() throws Exception {
        Path flow = Flow.scale().writeTo(dir);
        String before = java.nio.file.Files.readString(flow);
        Cli.Result result = neurite("run", flow, "--set", "source.value=5", "--set", "source.sign=minus",
                "--set", "scale.factor=0.5");
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Scaled: scaled to -2.5"), result::toString);
        assertEquals(before, java.nio.file.Files.readString(flow));
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiterString = " => ", value = {
            "nosuch.value=1 => --set nosuch.value=1: there is no node 'nosuch' in %s; its nodes are source, scale",
            "source.size=1 => --set source.size=1: Number 'source': unknown setting 'size'; valid settings: value, repeat, sign",
            "source.repeat=11 => --set source.repeat=11: Number 'source': setting 'repeat' (Repeat) must be between 1 and 10, got 11",
            "source.repeat=two => --set source.repeat=two: Number 'source': setting 'repeat' (Repeat) expects a whole number between 1 and 10, got 'two'",
            "source.sign=SIDEWAYS => --set source.sign=SIDEWAYS: Number 'source': setting 'sign' (Sign) has no choice 'SIDEWAYS'; valid choices: PLUS, MINUS",
            "scale.factor=-1 => --set scale.factor=-1: Scale 'scale': setting 'factor' (Factor) must be between 0.0 and 100.0, got -1.0",
            "sourcevalue=1 => --set sourcevalue=1: expected NODE.KEY=VALUE, e.g. --set train.epochs=3",
            "source.=1 => --set source.=1: expected NODE.KEY=VALUE, e.g. --set train.epochs=3" })
    void aBadOverrideIsAUsageErrorNamingTheValidChoices(String override, String message) throws Exception {
        Path flow = Flow.scale().writeTo(dir);
        for (String command : new String[] { "run", "validate" }) {
            Cli.Result result = neurite(command, flow, "--set", override);
            assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
            assertEquals("neurite: " + message.formatted(flow) + "\n", result.err());
        }
    }
}
