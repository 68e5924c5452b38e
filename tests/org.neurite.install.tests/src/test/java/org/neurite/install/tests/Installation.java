package org.neurite.install.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An Eclipse installation on disk, copied from a built product, that tests install into and start, the way a user
 * would: the p2 director application to install and uninstall, the Equinox launcher to run an application.
 */
final class Installation {

    /** What a process printed (stdout and stderr together) and how it ended. */
    record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + ":\n" + output;
        }
    }

    private final Path home;

    private Installation(Path home) {
        this.home = home;
    }

    static Path root() {
        return Path.of(System.getProperty("neurite.root", "../..")).toAbsolutePath().normalize();
    }

    static Path work() {
        return Path.of(System.getProperty("neurite.work", "target/work")).toAbsolutePath();
    }

    /** A fresh copy of a materialised product, e.g. {@code update-site/product-host} / {@code host}. */
    static Installation copyOf(String productModule, String rootFolder, String name) throws IOException {
        Path products = root().resolve(productModule).resolve("target/products");
        Path source;
        try (Stream<Path> found = Files.walk(products, 6)) {
            source = found.filter(p -> p.getFileName().toString().equals(rootFolder) && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No product folder '" + rootFolder + "' under " + products + ": build update-site first"));
        }
        Path target = work().resolve(name);
        deleteTree(target);
        copyTree(source, target);
        return new Installation(target);
    }

    /** The built update site as a p2 repository URI (the zip a user downloads). */
    static String updateSiteZip() throws IOException {
        Path dir = root().resolve("update-site/repository/target");
        try (Stream<Path> files = Files.list(dir)) {
            Path zip = files.filter(p -> p.getFileName().toString().matches("neurite-update-site-.*\\.zip"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No update-site zip in " + dir));
            return "jar:" + zip.toUri() + "!/";
        }
    }

    Path home() {
        return home;
    }

    /** Runs the p2 director of this installation on itself, as {@code eclipse -application ...director}. */
    Result director(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-application", "org.eclipse.equinox.p2.director",
                "-destination", home.toString(), "-profile", "DefaultProfile"));
        all.addAll(List.of(args));
        return launch(all, List.of(), 300);
    }

    Result install(String... featureIds) throws Exception {
        return director("-repository", updateSiteZip(), "-installIU", featureGroups(featureIds));
    }

    Result uninstall(String... featureIds) throws Exception {
        return director("-uninstallIU", featureGroups(featureIds));
    }

    private static String featureGroups(String... featureIds) {
        return String.join(",", Stream.of(featureIds).map(id -> id + ".feature.group").toList());
    }

    /** Starts an application of this installation with the Equinox launcher and waits for it to end. */
    Result launch(List<String> args, List<String> vmArgs, int timeoutSeconds) throws Exception {
        Path launcher;
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(vmArgs);
        command.addAll(List.of("-jar", launcher.toString(), "-nosplash", "-consoleLog"));
        command.addAll(args);
        Path log = Files.createTempFile(work(), "process", ".log");
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Did not end within " + timeoutSeconds + " s: " + command + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The bundles the installation starts with (simpleconfigurator's bundles.info), one symbolic name per entry. */
    List<String> installedBundles() throws IOException {
        Path info = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        return Files.readAllLines(info).stream().filter(l -> !l.startsWith("#")).map(l -> l.split(",")[0]).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
