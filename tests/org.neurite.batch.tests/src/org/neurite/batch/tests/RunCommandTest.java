package org.neurite.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurite.batch.tests.Cli.neurite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.batch.ExitCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSuccessfulRunExitsWith0AndPrintsTheResultsOfTheLastNodes() throws Exception {
        Cli.Result result = neurite("run", Flow.scale().writeTo(dir));
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Scale 'scale' finished"), result::toString);
        assertTrue(result.out().contains("Results:\n  Scale 'scale'\n    Scaled: scaled to 6.0\n"), result::toString);
        assertFalse(result.out().contains("value 3.0"), "only the outputs nothing consumes are results");
        assertEquals("", result.err());
    }

    @Test
    void aWriterAtTheEndShowsWhatItWasGiven() throws Exception {
        Path flow = Flow.scale().node("save", "batch-test.sink", "{}").connect("scale.out", "save.in").writeTo(dir);
        Cli.Result result = neurite("run", flow);
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertTrue(result.out().endsWith("Results:\n  Sink 'save'\n    Kept: scaled to 6.0\n"), result::toString);
    }

    @Test
    void aFailingNodeExitsWith1AndStderrNamesItsIdNameAndMessage() throws Exception {
        Cli.Result result = neurite("run", Flow.failing().writeTo(dir));
        assertEquals(ExitCode.NODE_FAILED, result.exitCode(), result::toString);
        assertTrue(result.err().contains("neurite: 1 node failed:\n  Fail 'boom': the disk is on fire\n"),
                result::toString);
        assertTrue(result.err().contains("Not run: after"), result::toString);
        assertFalse(result.err().contains("at org.neurite"), "no stack trace unless --verbose");
        assertTrue(neurite("run", "--verbose", Flow.failing().writeTo(dir)).err()
                .contains("java.lang.IllegalStateException: the disk is on fire"));
    }

    @Test
    void anUnreadableOrInvalidWorkflowFileExitsWith2AndSaysWhatIsWrong() throws Exception {
        Path missing = dir.resolve("missing.nflow");
        Cli.Result result = neurite("run", missing);
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertEquals("neurite: " + missing + ": no such workflow file\n", result.err());

        Path malformed = Files.writeString(dir.resolve("malformed.nflow"), "{ \"format\": ");
        result = neurite("run", malformed);
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().startsWith("neurite: " + malformed + ":1:"), result::toString);
        assertTrue(result.err().contains("malformed JSON"), result::toString);

        Path unknownType = Flow.named("unknown").node("x", "no.such.type", "{}").writeTo(dir);
        result = neurite("run", unknownType);
        assertEquals(ExitCode.USAGE, result.exitCode());
        assertTrue(result.err().contains("unknown node type 'no.such.type': no installed bundle provides it"),
                result::toString);
    }

    @Test
    void aWorkflowWithANodeThatCannotBeConfiguredExitsWith2BeforeRunningAnything() throws Exception {
        Cli.Result result = neurite("run", Flow.misfit().writeTo(dir));
        assertEquals(ExitCode.USAGE, result.exitCode(), result::toString);
        assertTrue(result.err().contains("Scale 'strict': needs an integer input, got a number"), result::toString);
        assertFalse(result.out().contains("started"), "nothing runs");
    }

    @Test
    void badUsageExitsWith2() {
        assertEquals(ExitCode.USAGE, neurite().exitCode(), "no command");
        Cli.Result noFile = neurite("run");
        assertEquals(ExitCode.USAGE, noFile.exitCode());
        assertTrue(noFile.err().contains("Missing required parameter: 'FLOW.nflow'"), noFile::toString);
        Cli.Result unknownOption = neurite("run", "--bogus", "x.nflow");
        assertEquals(ExitCode.USAGE, unknownOption.exitCode());
        assertTrue(unknownOption.err().contains("Unknown option: '--bogus'"), unknownOption::toString);
        assertTrue(unknownOption.err().contains("Try 'neurite run --help'"), unknownOption::toString);
    }

    @Test
    void filesNodesWriteGoUnderTheOutputDirectoryAndTheWorkflowFolderStaysClean() throws Exception {
        Path flow = Flow.writer(2, 3, 0).writeTo(dir);
        Path out = dir.resolve("runs/first");
        Cli.Result result = neurite("run", flow, "--out", out);
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        assertEquals(List.of("part-1.txt", "part-2.txt"), names(out));
        assertEquals("line 1 of part-2.txt\nline 2 of part-2.txt\nline 3 of part-2.txt\nEND\n",
                Files.readString(out.resolve("part-2.txt")));
        assertEquals(List.of("writer.nflow"), names(dir.resolve("")).stream().filter(n -> !n.equals("runs")).toList());

        Path flowOnly = Files.createDirectories(dir.resolve("elsewhere"));
        assertEquals(ExitCode.SUCCESS, neurite("run", Flow.writer(1, 1, 0).writeTo(flowOnly)).exitCode());
        assertEquals(List.of("part-1.txt", "writer.nflow"), names(flowOnly), "without --out: the workflow's folder");
    }

    @Test
    void epochMeasurementsAreLinesAndIterationsAreNotFlooded() throws Exception {
        Cli.Result result = neurite("run", Flow.writer(3, 20, 0).writeTo(dir), "--out", dir.resolve("out"));
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        for (int epoch = 1; epoch <= 3; epoch++) {
            assertTrue(result.out().contains("Slow Writer 'writer' epoch " + epoch + ": lines 20\n"), result::toString);
        }
        assertFalse(result.out().contains("iteration 7:"), "60 iterations in well under 5 s print no progress line");
    }

    @Test
    void jsonReportsOneParseableObjectPerLineEndingWithTheOutcome() throws Exception {
        Cli.Result result = neurite("run", Flow.writer(2, 3, 0).writeTo(dir), "--out", dir.resolve("out"), "--json");
        assertEquals(ExitCode.SUCCESS, result.exitCode(), result::toString);
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : result.out().split("\n")) {
            events.add(json.readTree(line));
        }
        List<String> kinds = events.stream().map(e -> e.path("event").asText()).distinct().toList();
        assertEquals(List.of("start", "state", "metrics", "progress", "finished"), kinds, result::toString);
        JsonNode epoch = events.stream().filter(e -> e.path("scope").asText().equals("epoch")).findFirst().orElseThrow();
        assertEquals("writer", epoch.path("node").asText());
        assertEquals(3.0, epoch.path("values").path("lines").asDouble());
        JsonNode finished = events.get(events.size() - 1);
        assertEquals("success", finished.path("status").asText());
        assertEquals(0, finished.path("exitCode").asInt());
        assertEquals("wrote 2 files to " + dir.resolve("out"), finished.path("outputs").get(0).path("summary").asText());

        Cli.Result failed = neurite("run", Flow.failing().writeTo(dir), "--json");
        String[] lines = failed.out().split("\n");
        JsonNode end = json.readTree(lines[lines.length - 1]);
        assertEquals(1, end.path("exitCode").asInt());
        assertEquals("Fail 'boom': the disk is on fire", end.path("failed").path("boom").asText());

        Cli.Result missing = neurite("run", dir.resolve("missing.nflow"), "--json");
        JsonNode error = json.readTree(missing.out());
        assertEquals("error", error.path("event").asText());
        assertEquals(2, error.path("exitCode").asInt());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
