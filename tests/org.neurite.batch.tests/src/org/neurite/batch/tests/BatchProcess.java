package org.neurite.batch.tests;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Starts the batch application in a separate JVM, the way the product does ({@code java -jar} on the Equinox
 * launcher, the application's exit code as the process's), on an Equinox configuration assembled from this test
 * runtime's bundles. Used for what only a real process shows: signals and exit codes.
 */
final class BatchProcess {

    /** What the batch application and its tests need; the rest of this runtime comes along only if they use it. */
    private static final Set<String> ROOTS = Set.of("org.neurite.batch", "org.neurite.batch.testnodes",
            "org.apache.felix.scr", "org.eclipse.core.runtime", "org.eclipse.equinox.app");

    private final Path installation;
    private final Path launcher;

    private BatchProcess(Path installation, Path launcher) {
        this.installation = installation;
        this.launcher = launcher;
    }

    /** Writes {@code installation/configuration/config.ini} listing the bundles the application needs. */
    static BatchProcess assemble(Path installation) throws IOException {
        Bundle self = FrameworkUtil.getBundle(BatchProcess.class);
        List<String> bundles = new ArrayList<>();
        for (Bundle bundle : closure(self.getBundleContext().getBundles())) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            String start = switch (bundle.getSymbolicName()) {
                case "org.apache.felix.scr", "org.eclipse.equinox.common" -> "@2:start";
                default -> fragment ? "" : "@4:start";
            };
            bundles.add("reference:" + path(bundle.getLocation()).toUri() + start);
        }
        Path launcher = Stream.of(self.getBundleContext().getBundles())
                .filter(b -> "org.eclipse.equinox.launcher".equals(b.getSymbolicName())).findFirst()
                .map(b -> path(b.getLocation())).orElseThrow(() -> new IllegalStateException(
                        "org.eclipse.equinox.launcher is not in the test runtime (see pom.xml)"));
        List<String> properties = new ArrayList<>(List.of("osgi.framework=" + frameworkJar().toUri(),
                "osgi.bundles=" + String.join(",", bundles),
                "osgi.bundles.defaultStartLevel=4",
                "eclipse.application=org.neurite.batch.app",
                "osgi.configuration.cascaded=false"));
        // Bundles built in this reactor run from their project folders; dev.properties maps their classes.
        String dev = self.getBundleContext().getProperty("osgi.dev");
        if (dev != null) {
            properties.add("osgi.dev=" + dev);
        }
        Path configuration = Files.createDirectories(installation.resolve("configuration"));
        Files.writeString(configuration.resolve("config.ini"), String.join("\n", properties) + "\n",
                StandardCharsets.ISO_8859_1);
        return new BatchProcess(installation, launcher);
    }

    /** The root bundles and everything they are wired to, with the fragments attached to them. */
    private static Set<Bundle> closure(Bundle[] all) {
        Set<Bundle> found = new LinkedHashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        Stream.of(all).filter(b -> ROOTS.contains(b.getSymbolicName())).forEach(todo::add);
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            if (bundle.getBundleId() == 0 || !found.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                throw new IllegalStateException(bundle.getSymbolicName() + " is not resolved in the test runtime");
            }
            wiring.getRequiredWires(null).forEach(w -> todo.add(w.getProvider().getBundle()));
            wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE).forEach(w -> todo.add(w.getRequirer().getBundle()));
        }
        return found;
    }

    /** Starts {@code neurite ARGS...} in {@code workingDirectory}; its output goes to the given files. */
    Process start(Path workingDirectory, Path stdout, Path stderr, Object... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/perl").canExecute()) {
            // A JVM cannot handle a signal its parent ignored (as a shell does for background jobs): restore it.
            command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die \"exec: $!\"",
                    "--"));
        }
        command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
        command.addAll(List.of("-Xmx512m", "-jar", launcher.toString(), "-install", installation.toString(),
                "-configuration", installation.resolve("configuration").toString(), "-consoleLog", "-nosplash"));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** The framework's log files of the child runs, for failure messages. */
    String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(installation.resolve("configuration"))) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                text.append("--- ").append(log).append(":\n").append(Files.readString(log));
            }
        }
        return text.toString();
    }

    /** The file of a bundle location such as {@code initial@reference:file:/x/y.jar}; relative to the install area. */
    private static Path path(String location) {
        String url = location;
        for (String prefix : List.of("initial@", "reference:")) {
            url = url.startsWith(prefix) ? url.substring(prefix.length()) : url;
        }
        if (!url.startsWith("file:")) {
            throw new IllegalStateException("Cannot find the file of bundle location " + location);
        }
        Path file = Path.of(url.substring("file:".length()));
        if (file.isAbsolute()) {
            return file;
        }
        String installArea = FrameworkUtil.getBundle(BatchProcess.class).getBundleContext()
                .getProperty("osgi.install.area");
        return Path.of(installArea.replaceFirst("^file:", "")).resolve(file).normalize();
    }

    private static Path frameworkJar() {
        try {
            return Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
