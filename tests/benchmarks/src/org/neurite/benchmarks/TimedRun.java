package org.neurite.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts one contestant process and times it from the outside: every progress line it prints (a JSON
 * {@code metrics} event of scope {@code iteration} from the batch runner, or {@code STEP n} from the other
 * programs) gives the iterations done so far, stamped with the driver's clock and a {@link CpuClock} reading.
 * After a warm-up the run is cut into windows of about equal length; then the process is stopped.
 */
final class TimedRun {

    private static final Pattern JSON_STEP = Pattern.compile(
            "\\{\"event\":\"metrics\".*\"scope\":\"iteration\",\"step\":(\\d+).*");
    private static final Pattern PLAIN_STEP = Pattern.compile("STEP (\\d+).*");
    private static final Pattern EPOCH = Pattern.compile("\\{\"event\":\"metrics\".*\"scope\":\"epoch\".*");
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\"seconds\":([-\\d.Ee]+)");
    private static final Pattern DATA_WAIT = Pattern.compile("\"dataWaitSeconds\":([-\\d.Ee]+)");

    /** One timed window. */
    record Window(String contestant, int round, double samplesPerSecond, CpuClock.Usage usage) {
        boolean clean(double limit) {
            return usage.otherCores() < limit;
        }
    }

    /** What one process gave: its windows, seconds from process start to its first iteration, its runtime line. */
    record Result(List<Window> windows, double secondsToFirstIteration, String runtime, List<double[]> dataWaits,
            CpuClock.Usage startUsage) {
    }

    private TimedRun() {
    }

    /**
     * @param windows 0 to stop at the first iteration (start-up measurement)
     */
    static Result run(Contestant c, int round, int batch, double warmUpSeconds, double windowSeconds, int windows,
            Path log, double timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(c.command());
        builder.environment().putAll(c.environment());
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.resolveSibling(log.getFileName() + ".err").toFile()));
        CpuClock.Reading atSpawn = CpuClock.read(0);
        long spawn = atSpawn.nanos();
        Process process = builder.start();
        CpuClock.Usage startUsage = null;
        List<Window> result = new ArrayList<>();
        List<double[]> dataWaits = new ArrayList<>();
        double firstIteration = Double.NaN;
        String runtime = "";
        long pid = process.pid();
        CpuClock.Reading windowStart = null;
        long windowStartIterations = 0;
        long firstNanos = 0;
        long deadline = spawn + (long) (timeoutSeconds * 1e9);
        Watchdog watchdog = new Watchdog(process, timeoutSeconds);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            watchdog.start();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                copy.println(line);
                if (line.startsWith("RUNTIME ")) {
                    runtime = line.substring("RUNTIME ".length());
                }
                if (EPOCH.matcher(line).matches()) {
                    // the values' order in the JSON object is not fixed
                    Matcher seconds = EPOCH_SECONDS.matcher(line);
                    Matcher wait = DATA_WAIT.matcher(line);
                    if (seconds.find() && wait.find()) {
                        dataWaits.add(new double[] { Double.parseDouble(seconds.group(1)),
                                Double.parseDouble(wait.group(1)) });
                    }
                }
                Matcher m = JSON_STEP.matcher(line);
                if (!m.matches()) {
                    m = PLAIN_STEP.matcher(line);
                    if (!m.matches()) {
                        continue;
                    }
                }
                long iterations = Long.parseLong(m.group(1));
                CpuClock.Reading now = CpuClock.read(pid);
                if (Double.isNaN(firstIteration)) {
                    firstIteration = (now.nanos() - spawn) / 1e9;
                    startUsage = now.since(atSpawn);
                    firstNanos = now.nanos();
                    if (windows == 0) {
                        break;
                    }
                    continue;
                }
                if (windowStart == null) {
                    if (now.nanos() - firstNanos >= warmUpSeconds * 1e9) {
                        windowStart = now;
                        windowStartIterations = iterations;
                    }
                    continue;
                }
                if (now.nanos() - windowStart.nanos() >= windowSeconds * 1e9) {
                    CpuClock.Usage usage = now.since(windowStart);
                    result.add(new Window(c.name(), round, (iterations - windowStartIterations) * batch / usage.seconds(),
                            usage));
                    windowStart = now;
                    windowStartIterations = iterations;
                    if (result.size() == windows) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
        } finally {
            watchdog.interrupt();
            stop(process);
        }
        if (Double.isNaN(firstIteration) || result.size() < windows) {
            throw new IllegalStateException(c.name() + " ended after " + result.size() + " of " + windows
                    + " windows (exit code " + (process.isAlive() ? "none yet" : process.exitValue()) + "); see " + log
                    + " and " + log.getFileName() + ".err");
        }
        return new Result(result, firstIteration, runtime, dataWaits, startUsage);
    }

    /** Ends the process and its children (the batch runner cancels its run on SIGTERM). */
    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Kills a process that stops printing for longer than the time-out, so a hung contestant cannot hang the run. */
    private static final class Watchdog extends Thread {
        private final Process process;
        private final double seconds;

        Watchdog(Process process, double seconds) {
            super("benchmark watchdog");
            setDaemon(true);
            this.process = process;
            this.seconds = seconds;
        }

        @Override
        public void run() {
            try {
                if (!process.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // the run ended in time
            }
        }
    }
}
