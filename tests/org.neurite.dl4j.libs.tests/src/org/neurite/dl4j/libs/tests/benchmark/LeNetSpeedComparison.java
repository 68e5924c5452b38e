package org.neurite.dl4j.libs.tests.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares LeNet training speed across native builds and helper settings in one run: each configuration gets its
 * own JVM ({@link LeNetSpeed}), and the configurations take turns, round after round, so that load from other
 * processes on a shared machine hits all of them alike. Windows in which other processes used less than
 * {@value #CLEAN_LIMIT} cores count as clean and give the headline figures.
 * <p>
 * Run it with {@code tests/org.neurite.dl4j.libs.tests/benchmark.sh}, which builds the class path.
 * System properties: {@code benchmark.classpath} (the DL4J bundle's jars and classes and this bundle's classes),
 * {@code benchmark.extraJars} (a folder with nd4j-native-linux-x86_64.jar and nd4j-native-linux-x86_64-onednn.jar),
 * {@code benchmark.cache} (JavaCPP cache folder), {@code benchmark.rounds} (3), {@code benchmark.warmUp} (15
 * iterations), {@code benchmark.windowSeconds} (3), {@code benchmark.windows} (5 per JVM).
 */
public final class LeNetSpeedComparison {

    static final double CLEAN_LIMIT = 0.15;
    private static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";
    private static final String HELPERS_OFF = "org.eclipse.deeplearning4j.helpers.disable";
    private static final Pattern WINDOW = Pattern.compile(
            "WINDOW (\\S+) samples_per_s=([\\d.]+) own_cores=([\\d.]+) other_cores=([\\d.]+) samples_per_cpu_s=([\\d.]+).*");

    private record Configuration(String label, String description, String extraJar, List<String> properties) {
    }

    private record Window(double samplesPerSecond, double otherCores, double samplesPerCpuSecond) {
    }

    private LeNetSpeedComparison() {
    }

    public static void main(String[] args) throws Exception {
        String classPath = System.getProperty("benchmark.classpath");
        Path extraJars = Path.of(System.getProperty("benchmark.extraJars"));
        String cache = System.getProperty("benchmark.cache");
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        String warmUp = System.getProperty("benchmark.warmUp", "15");
        String windowSeconds = System.getProperty("benchmark.windowSeconds", "3");
        String windows = System.getProperty("benchmark.windows", "5");
        String threads = System.getProperty("benchmark.threads", "");

        List<Configuration> configurations = List.of(
                new Configuration("neurite", "Neurite default: onednn-avx2 build + oneDNN helpers", null, List.of()),
                new Configuration("dl4j-default", "DL4J out of the box: generic linux-x86_64 build, helpers off",
                        "nd4j-native-linux-x86_64.jar", List.of("-D" + EXTENSION + "=", "-D" + HELPERS_OFF + "=true")),
                new Configuration("avx2-no-helpers", "onednn-avx2 build, helpers off", null,
                        List.of("-D" + HELPERS_OFF + "=true")),
                new Configuration("fallback", "no-AVX2 fallback: onednn (generic x86-64) build + helpers",
                        "nd4j-native-linux-x86_64-onednn.jar", List.of("-D" + EXTENSION + "=-onednn")));

        System.out.println("threads: " + (threads.isEmpty() ? "default (all cores)" : threads) + "; CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores; load average "
                + Files.readString(Path.of("/proc/loadavg")).trim());
        Map<String, List<Window>> results = new LinkedHashMap<>();
        configurations.forEach(c -> results.put(c.label(), new ArrayList<>()));
        List<Map<String, Double>> perRound = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, Double> roundMedians = new LinkedHashMap<>();
            perRound.add(roundMedians);
            for (int i = 0; i < configurations.size(); i++) {
                Configuration c = configurations.get((i + round) % configurations.size());
                List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx2g", "--enable-native-access=ALL-UNNAMED", "-Dorg.bytedeco.javacpp.cachedir=" + cache));
                command.addAll(c.properties());
                command.addAll(List.of("-cp", c.extraJar() == null ? classPath
                        : classPath + File.pathSeparator + extraJars.resolve(c.extraJar()),
                        LeNetSpeed.class.getName(), c.label(), warmUp, windowSeconds, windows));
                List<Window> measured = run(command, threads, round);
                results.get(c.label()).addAll(measured);
                roundMedians.put(c.label(), median(measured, false, Window::samplesPerSecond));
            }
        }
        System.out.println("load average at the end " + Files.readString(Path.of("/proc/loadavg")).trim());
        printSummary(configurations, results);
        printRoundRatios(configurations, perRound);
    }

    private static List<Window> run(List<String> command, String threads, int round)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!threads.isEmpty()) {
            // Read by libnd4j's OpenMP runtime and by OpenBLAS when they load.
            builder.environment().put("OMP_NUM_THREADS", threads);
            builder.environment().put("OPENBLAS_NUM_THREADS", threads);
        }
        Process process = builder.start();
        List<Window> windows = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = WINDOW.matcher(line);
                if (m.matches()) {
                    windows.add(new Window(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4)),
                            Double.parseDouble(m.group(5))));
                }
                if (line.startsWith("WINDOW") || line.startsWith("CONFIG") || line.contains("Exception")) {
                    System.out.println("round " + (round + 1) + " " + line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("benchmark JVM failed: " + String.join(" ", command));
        }
        return windows;
    }

    private static void printSummary(List<Configuration> configurations, Map<String, List<Window>> results) {
        List<Window> base = results.get("dl4j-default");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %-60s %7s %8s %7s %8s %8s %9s %8s %8s%n", "configuration", "", "windows",
                "median", "clean n", "clean", "per CPU", "x default", "x clean", "x perCPU");
        for (Configuration c : configurations) {
            List<Window> w = results.get(c.label());
            System.out.printf(Locale.ROOT, "%-16s %-60s %7d %8.1f %7d %8.1f %8.1f %9.2f %8.2f %8.2f%n", c.label(),
                    c.description(), w.size(), median(w, false, Window::samplesPerSecond),
                    w.stream().filter(x -> x.otherCores() < CLEAN_LIMIT).count(), median(w, true, Window::samplesPerSecond),
                    median(w, false, Window::samplesPerCpuSecond),
                    median(w, false, Window::samplesPerSecond) / median(base, false, Window::samplesPerSecond),
                    median(w, true, Window::samplesPerSecond) / median(base, true, Window::samplesPerSecond),
                    median(w, false, Window::samplesPerCpuSecond) / median(base, false, Window::samplesPerCpuSecond));
        }
        System.out.println("samples/s (median over windows), batch " + LeNetSpeed.BATCH + "; clean: windows in which other"
                + " processes used < " + CLEAN_LIMIT + " cores (NaN: none); per CPU: samples per CPU-second of the"
                + " benchmark process, which load from other processes barely changes when it runs one thread");
    }

    /** The ratio to the DL4J default within each round: neighbours in time share most of the foreign load. */
    private static void printRoundRatios(List<Configuration> configurations, List<Map<String, Double>> perRound) {
        System.out.println("ratio to dl4j-default within each round (median of that JVM's windows):");
        for (Configuration c : configurations) {
            List<Window> ratios = new ArrayList<>();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", c.label()));
            for (Map<String, Double> round : perRound) {
                double ratio = round.get(c.label()) / round.get("dl4j-default");
                ratios.add(new Window(ratio, 0, 0));
                line.append(String.format(Locale.ROOT, " %6.2f", ratio));
            }
            System.out.println(line.append(String.format(Locale.ROOT, "   median %.2f",
                    median(ratios, false, Window::samplesPerSecond))));
        }
    }

    private static double median(List<Window> windows, boolean cleanOnly, ToDoubleFunction<Window> value) {
        double[] values = windows.stream().filter(w -> !cleanOnly || w.otherCores() < CLEAN_LIMIT)
                .mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }
}
