package org.neurite.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way of training one model, as a command the driver starts and times: (a) the Neurite workflow in the
 * headless product, (b) the hand-written DL4J program, (c) PyTorch. Written {@code a-lenet}, {@code b-lstm},
 * ...; modifiers after {@code +} try a lever on top, e.g. {@code b-lenet+OMP_WAIT_POLICY=PASSIVE} (an environment
 * variable), {@code a-lstm+threads=2} (native threads; torch threads for (c)), {@code b-lenet+-Dname=value} (a JVM
 * property) or
 * {@code b-lenet+defaults} (DL4J as it comes: no Neurite runtime, oneDNN helpers off, ND4J's thread default).
 */
record Contestant(String name, String kind, String model, List<String> command, Map<String, String> environment) {

    static final List<String> DEFAULTS = List.of("a-lenet", "b-lenet", "c-lenet", "a-lstm", "b-lstm", "c-lstm");

    String label() {
        String base = switch (kind) {
            case "a" -> "(a) Neurite workflow";
            case "b" -> "(b) hand-written DL4J";
            default -> "(c) PyTorch";
        };
        int plus = name.indexOf('+');
        return plus < 0 ? base : base + " " + name.substring(plus);
    }

    /** The command for {@code name} in the given installation; {@code python} null when PyTorch is missing. */
    static Contestant of(String name, Layout layout, String python) {
        String[] parts = name.split("\\+");
        String[] head = parts[0].split("-");
        if (head.length != 2 || !List.of("a", "b", "c").contains(head[0]) || !List.of("lenet", "lstm").contains(head[1])) {
            throw new IllegalArgumentException("Unknown contestant '" + name + "': write (a|b|c)-(lenet|lstm)[+modifier...]");
        }
        String kind = head[0];
        String model = head[1];
        boolean lenet = model.equals("lenet");
        Map<String, String> env = new LinkedHashMap<>();
        List<String> jvm = new ArrayList<>();
        Integer threads = null;
        boolean defaults = false;
        for (int i = 1; i < parts.length; i++) {
            String m = parts[i];
            if (m.startsWith("-D") || m.startsWith("-X")) {
                jvm.add(m);
            } else if (m.startsWith("threads=")) {
                threads = Integer.parseInt(m.substring("threads=".length()));
            } else if (m.equals("defaults") && kind.equals("b")) {
                defaults = true;
            } else if (m.matches("[A-Z_][A-Z0-9_]*=.*")) {
                env.put(m.substring(0, m.indexOf('=')), m.substring(m.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Unknown modifier '" + m + "' in contestant '" + name + "'");
            }
        }
        List<String> command = new ArrayList<>();
        switch (kind) {
            case "a" -> {
                command.add(layout.product().resolve("neurite").toString());
                command.addAll(List.of("run", layout.workflow(model).toString(), "--json", "--out",
                        layout.work().resolve("runs").toString(), "--set", "train.epochs=100000"));
                if (threads != null) {
                    command.addAll(List.of("--set", "train.threads=" + threads));
                }
                if (!jvm.isEmpty()) {
                    env.put("NEURITE_JAVA_OPTS", String.join(" ", jvm));
                }
            }
            case "b" -> {
                command.add(layout.java().toString());
                // the product's own JVM options (the neurite script), so only the workflow differs
                command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xmx4g"));
                command.add("-Dorg.bytedeco.javacpp.cachedir=" + layout.nativeCache());
                if (defaults) {
                    // the only native build in the bundle; DL4J would pick its generic build, which runs alike
                    command.add("-Dorg.bytedeco.javacpp.platform.extension=-onednn-avx2");
                    command.add("-Dneurite.lstm=legacy");
                }
                command.addAll(jvm);
                command.addAll(List.of("-cp", defaults ? layout.dl4jJarsOnly() : layout.dl4jClassPath(),
                        HandWrittenDl4j.class.getName(), model));
                command.addAll(layout.dataArguments(model));
                // what Neurite's trainer chooses by itself: one native thread for recurrent networks
                command.add(String.valueOf(threads != null ? threads : defaults || lenet ? 0 : 1));
                if (!defaults) {
                    // what the neurite launcher sets
                    env.putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
                }
            }
            default -> {
                if (python == null) {
                    return null;
                }
                command.addAll(List.of(python, layout.torchScript().toString(), model));
                command.addAll(layout.dataArguments(model));
                env.putIfAbsent("OPENBLAS_NUM_THREADS", "1");
                if (threads != null) {
                    env.put("TORCH_THREADS", String.valueOf(threads));
                }
            }
        }
        return new Contestant(name, kind, model, command, env);
    }

    /** Where things are: the materialised product, the data, the class path of the DL4J bundle. */
    record Layout(Path repository, Path product, Path work, Path java, Path classes) {

        Path workflow(String model) {
            return repository.resolve("tests/benchmarks/workflows").resolve(model + ".nflow");
        }

        Path sequences() {
            return repository.resolve("tests/benchmarks/target/data/sequences-50x8.csv");
        }

        Path mnistImages() {
            return repository.resolve("examples/data/mnist-train-images-idx3-ubyte.gz");
        }

        Path mnistLabels() {
            return repository.resolve("examples/data/mnist-train-labels-idx1-ubyte.gz");
        }

        List<String> dataArguments(String model) {
            return model.equals("lenet") ? List.of(mnistImages().toString(), mnistLabels().toString())
                    : List.of(sequences().toString());
        }

        Path torchScript() {
            return repository.resolve("tests/benchmarks/torch/train_torch.py");
        }

        Path nativeCache() {
            return product.resolve("configuration/javacpp-cache");
        }

        Path plugin(String prefix) {
            try (var files = Files.list(product.resolve("plugins"))) {
                return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).sorted()
                        .reduce((x, y) -> y).orElseThrow(() -> new IllegalStateException(
                                "No " + prefix + " in " + product.resolve("plugins") + ": rebuild the product"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot list " + product.resolve("plugins"), e);
            }
        }

        /**
         * The DL4J bundle as the product installed it (its classes: runtime and helper fix; its jars), and the
         * deep-learning bundle for its LSTM layer.
         */
        String dl4jClassPath() {
            Path libs = plugin("org.neurite.dl4j.libs");
            return String.join(File.pathSeparator, classes.toString(), libs.toString(), libs.resolve("lib/*").toString(),
                    plugin("org.eclipse.osgi").toString(), plugin("org.neurite.dl").toString());
        }

        /** Only the embedded DL4J jars: DL4J as it comes (the deep-learning bundle only so that the program links). */
        String dl4jJarsOnly() {
            return String.join(File.pathSeparator, classes.toString(),
                    plugin("org.neurite.dl4j.libs").resolve("lib/*").toString(), plugin("org.neurite.dl").toString());
        }

        /** Engine, data and deep-learning bundles with Jackson and DL4J, for the engine and data measurements. */
        String neuriteClassPath() {
            List<String> parts = new ArrayList<>(List.of(dl4jClassPath()));
            for (String bundle : List.of("org.neurite.engine", "org.neurite.data",
                    "com.fasterxml.jackson.core.jackson-databind", "com.fasterxml.jackson.core.jackson-core",
                    "com.fasterxml.jackson.core.jackson-annotations")) {
                parts.add(plugin(bundle).toString());
            }
            return String.join(File.pathSeparator, parts);
        }
    }
}
