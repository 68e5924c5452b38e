/*
 * Regenerates Bundle-ClassPath and Export-Package of META-INF/MANIFEST.MF from lib/*.jar and src/.
 * Run from the bundle folder after the jars changed (./mvnw generate-resources -pl bundles/org.neurite.dl4j.libs):
 *
 *     java tools/GenerateManifest.java            rewrite META-INF/MANIFEST.MF
 *     java tools/GenerateManifest.java --check    exit 1 when it is out of date (the build runs this)
 *
 * Every other header of the manifest is kept as it is. Exported: the packages under src/ (not *.internal and not
 * org.nd4j.*, whose one class lives in an exported ND4J package anyway) and every package of the embedded jars
 * under org.deeplearning4j, org.nd4j and org.bytedeco, versioned like the jar that holds it.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

public class GenerateManifest {

    static final List<String> EXPORTED_PREFIXES = List.of("org.deeplearning4j.", "org.nd4j.", "org.bytedeco.");
    static final Path MANIFEST = Path.of("META-INF", "MANIFEST.MF");

    public static void main(String[] args) throws IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        List<Path> jars = embeddedJars();
        if (jars.isEmpty()) {
            fail("lib/ holds no jars. Run ./mvnw generate-resources -pl bundles/org.neurite.dl4j.libs first.");
        }
        String current = Files.readString(MANIFEST, StandardCharsets.UTF_8);
        Map<String, String> headers = parse(current);
        String ownVersion = headers.getOrDefault("Bundle-Version", "0.0.0").replace(".qualifier", "");

        List<String> classPath = new ArrayList<>();
        classPath.add(".");
        Map<String, String> exports = new TreeMap<>();
        for (String pkg : ownPackages()) {
            exports.put(pkg, ownVersion);
        }
        for (Path jar : jars) {
            classPath.add("lib/" + jar.getFileName());
            try (JarFile file = new JarFile(jar.toFile())) {
                String version = osgiVersion(mavenVersion(file));
                file.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/") && name.contains("/"))
                        .map(name -> name.substring(0, name.lastIndexOf('/')).replace('/', '.'))
                        .filter(pkg -> EXPORTED_PREFIXES.stream().anyMatch(pkg::startsWith))
                        .forEach(pkg -> exports.putIfAbsent(pkg, version));
            }
        }
        headers.put("Bundle-ClassPath", String.join(",\n ", classPath));
        List<String> exportLines = new ArrayList<>();
        exports.forEach((pkg, version) -> exportLines.add(pkg + (version == null ? "" : ";version=\"" + version + "\"")));
        headers.put("Export-Package", String.join(",\n ", exportLines));

        String generated = write(headers);
        if (check) {
            if (!generated.equals(current)) {
                fail(MANIFEST + " does not match lib/ (" + jars.size() + " jars, " + exports.size()
                        + " exported packages). Run: cd bundles/org.neurite.dl4j.libs && java tools/GenerateManifest.java"
                        + " (if lib/ holds jars of an older dependency set, run ./mvnw clean first).");
            }
            System.out.println(MANIFEST + " is up to date: " + jars.size() + " jars, " + exports.size() + " exported packages.");
        } else {
            Files.writeString(MANIFEST, generated, StandardCharsets.UTF_8);
            System.out.println("Wrote " + MANIFEST + ": " + jars.size() + " jars, " + exports.size() + " exported packages.");
        }
    }

    static List<Path> embeddedJars() throws IOException {
        Path lib = Path.of("lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    static List<String> ownPackages() throws IOException {
        Path src = Path.of("src");
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .map(p -> src.relativize(p.getParent()).toString().replace('/', '.'))
                    .filter(pkg -> !pkg.endsWith(".internal") && !pkg.contains(".internal.") && !pkg.startsWith("org.nd4j."))
                    .distinct().sorted().toList();
        }
    }

    /** The version in the jar's META-INF/maven/.../pom.properties, or null. */
    static String mavenVersion(JarFile jar) throws IOException {
        for (JarEntry entry : jar.stream().toList()) {
            if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                Properties properties = new Properties();
                try (InputStream in = jar.getInputStream(entry)) {
                    properties.load(in);
                }
                return properties.getProperty("version");
            }
        }
        return null;
    }

    /** 1.0.0-M2.1 -> 1.0.0.M2_1; 0.3.19-1.5.7 -> 0.3.19.1_5_7; 1.5.7 -> 1.5.7. */
    static String osgiVersion(String maven) {
        if (maven == null) {
            return null;
        }
        int dash = maven.indexOf('-');
        String release = dash < 0 ? maven : maven.substring(0, dash);
        String qualifier = dash < 0 ? "" : maven.substring(dash + 1).replaceAll("[^A-Za-z0-9_-]", "_");
        String[] numbers = release.split("\\.");
        StringBuilder version = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            String n = i < numbers.length ? numbers[i].replaceAll("\\D", "") : "0";
            version.append(i > 0 ? "." : "").append(n.isEmpty() ? "0" : n);
        }
        return qualifier.isEmpty() ? version.toString() : version + "." + qualifier;
    }

    /** Headers in file order; a continuation line (leading space) is joined to its header, keeping line breaks. */
    static Map<String, String> parse(String manifest) {
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : manifest.split("\r?\n")) {
            if (line.startsWith(" ") && name != null) {
                headers.put(name, headers.get(name) + "\n" + line);
            } else if (line.contains(":")) {
                name = line.substring(0, line.indexOf(':'));
                headers.put(name, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        headers.replaceAll((key, value) -> value.replace("\n ", "\n").replace("\n", "\n "));
        return headers;
    }

    /** One physical line per list element, each at most 72 bytes as the jar specification demands. */
    static String write(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> {
            String[] lines = (name + ": " + value).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int limit = 72;
                while (line.length() > limit) {
                    out.append(line, 0, limit).append("\n ");
                    line = line.substring(limit);
                    limit = 71;
                }
                out.append(line).append('\n');
            }
        });
        return out.toString();
    }

    static void fail(String message) {
        System.err.println("GenerateManifest: " + message);
        System.exit(1);
    }
}
