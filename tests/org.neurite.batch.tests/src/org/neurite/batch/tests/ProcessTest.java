package org.neurite.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.batch.ExitCode;

/** The batch application as a real process: exit codes through the launcher, and Ctrl-C. */
class ProcessTest {

    @TempDir
    static Path installation;
    static BatchProcess batch;

    @TempDir
    Path dir;

    @BeforeAll
    static void assemble() throws IOException {
        batch = BatchProcess.assemble(installation);
    }

    private record Ended(int exitCode, String out, String err) {
        @Override
        public String toString() {
            try {
                return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err + batch.logs();
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    private Ended run(Object... args) throws Exception {
        Process process = batch.start(dir, dir.resolve("stdout"), dir.resolve("stderr"), args);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "neurite did not end within 60 s");
        return new Ended(process.exitValue(), Files.readString(dir.resolve("stdout")),
                Files.readString(dir.resolve("stderr")));
    }

    @Test
    void theApplicationsExitCodeIsTheProcesssExitCode() throws Exception {
        Ended ok = run("run", Flow.scale().writeTo(dir));
        assertEquals(ExitCode.SUCCESS, ok.exitCode(), ok::toString);
        assertTrue(ok.out().contains("Scaled: scaled to 6.0"), ok::toString);

        Ended failed = run("run", Flow.failing().writeTo(dir));
        assertEquals(ExitCode.NODE_FAILED, failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("Fail 'boom': the disk is on fire"), failed::toString);

        Ended usage = run("run", "missing.nflow");
        assertEquals(ExitCode.USAGE, usage.exitCode(), usage::toString);
        assertEquals("neurite: " + dir.resolve("missing.nflow") + ": no such workflow file\n", usage.err());
    }

    @Test
    void aFreshRuntimeListsEveryNodeTypeOnceDeclarativeServicesHasRegisteredThem() throws Exception {
        Ended nodes = run("nodes");
        assertEquals(ExitCode.SUCCESS, nodes.exitCode(), nodes::toString);
        assertTrue(nodes.out().startsWith("6 node types installed."), nodes::toString);
    }

    @Test
    void ctrlCCancelsTheRunExitsWith130AndLeavesNoHalfWrittenFile() throws Exception {
        Path out = dir.resolve("out");
        Path flow = Flow.writer(10_000, 10, 20).writeTo(dir);
        Process process = batch.start(dir, dir.resolve("stdout"), dir.resolve("stderr"), "run", flow, "--out", out);
        // Interrupt while a file is half written: one file is whole, the next one's temporary file exists.
        waitUntil(() -> files(out).contains("part-1.txt") && files(out).stream().anyMatch(f -> f.endsWith(".tmp")),
                process);
        assertFalse(ignoresSigint(process.pid()), "the child must receive SIGINT");
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();

        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "neurite did not stop within 30 s of Ctrl-C");
        Ended ended = new Ended(process.exitValue(), Files.readString(dir.resolve("stdout")),
                Files.readString(dir.resolve("stderr")));
        assertEquals(ExitCode.INTERRUPTED, ended.exitCode(), ended::toString);
        List<String> written = files(out);
        assertTrue(written.stream().noneMatch(f -> f.endsWith(".tmp")), "no temporary file left: " + written);
        assertFalse(written.isEmpty());
        for (String file : written) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            assertEquals(11, lines.size(), file + " is whole");
            assertEquals("END", lines.get(10), file + " is whole");
        }
        assertTrue(ended.err().contains("Interrupted: cancelling the run"), ended::toString);
        assertTrue(ended.out().contains("Slow Writer 'writer' cancelled"), ended::toString);
        assertTrue(ended.err().contains("neurite: interrupted after"), ended::toString);
        assertFalse(ended.err().contains("Not run"), "the writer was cancelled, nothing was left out");
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the process ignores SIGINT (bit 2 of SigIgn in /proc/PID/status). */
    private static boolean ignoresSigint(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).strip(), 16) & 2) != 0;
            }
        }
        return false;
    }

    private void waitUntil(BooleanSupplier condition, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the writer never got going:\n" + Files.readString(dir.resolve("stdout"))
                        + Files.readString(dir.resolve("stderr")));
            }
            Thread.sleep(10);
        }
    }
}
