package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** What the DL4J bundle embeds, checked jar by jar as installed in this runtime. */
class EmbeddedJarsTest {

    @Test
    void noEmbeddedJarContainsKotlinOrOkHttp() throws IOException {
        List<String> problems = new ArrayList<>();
        List<EmbeddedJar> jars = embeddedJars();
        for (EmbeddedJar jar : jars) {
            EmbeddedJarScanner.kotlinOrOkHttpEntries(jar.entryNames()).stream().limit(3)
                    .forEach(e -> problems.add(jar + "!/" + e));
        }
        assertTrue(jars.size() >= 30, "expected the ~35 DL4J/ND4J jars on the Bundle-ClassPath, found " + jars);
        assertEquals(List.of(), problems, "Kotlin or OkHttp classes in embedded jars (exclude them in the pom)");
    }

    @Test
    void embeddedNativeLibrariesAreForLinuxX86_64Only() throws IOException {
        List<String> problems = new ArrayList<>();
        for (EmbeddedJar jar : embeddedJars()) {
            if (jar.path().contains("linux-x86_64") || jar.path().contains("javacpp") || jar.path().contains("openblas")) {
                EmbeddedJarScanner.foreignNativeLibraries(jar.entryNames()).forEach(e -> problems.add(jar + "!/" + e));
            }
        }
        assertEquals(List.of(), problems, "natives of other platforms: a *-platform aggregator slipped in");
    }

    /** A jar in lib/ but not on the Bundle-ClassPath is dead weight in a 150 MB bundle (and was a real build slip). */
    @Test
    void everyJarInLibIsOnTheBundleClassPath() {
        Map<Bundle, List<String>> onClassPath = new LinkedHashMap<>();
        for (EmbeddedJar jar : embeddedJars()) {
            onClassPath.computeIfAbsent(jar.bundle(), b -> new ArrayList<>()).add(jar.path());
        }
        List<String> deadWeight = new ArrayList<>();
        onClassPath.forEach((bundle, paths) -> {
            Enumeration<String> entries = bundle.getEntryPaths("lib/"); // this bundle only, not its fragments
            while (entries != null && entries.hasMoreElements()) {
                String path = entries.nextElement();
                if (path.endsWith(".jar") && !paths.contains(path)) {
                    deadWeight.add(bundle.getSymbolicName() + "/" + path);
                }
            }
        });
        assertEquals(List.of(), deadWeight, "jars shipped but not on the Bundle-ClassPath");
    }

    @Test
    void theScannerFindsKotlinAndOkHttpInAJar() throws IOException {
        byte[] jar = jarWith("org/example/Fine.class", "kotlin/Unit.class", "okhttp3/OkHttpClient.class",
                "META-INF/versions/9/kotlin/collections/ArraysKt.class", "META-INF/main.kotlin_module");
        assertEquals(List.of("kotlin/Unit.class", "okhttp3/OkHttpClient.class",
                "META-INF/versions/9/kotlin/collections/ArraysKt.class", "META-INF/main.kotlin_module"),
                EmbeddedJarScanner.kotlinOrOkHttpEntries(EmbeddedJarScanner.entryNames(new ByteArrayInputStream(jar))));
        assertEquals(List.of(), EmbeddedJarScanner.kotlinOrOkHttpEntries(EmbeddedJarScanner.entryNames(
                new ByteArrayInputStream(jarWith("org/example/Fine.class", "org/example/kotlin/NotKotlin.class")))));
    }

    @Test
    void theScannerFindsNativesOfOtherPlatforms() throws IOException {
        byte[] jar = jarWith("org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
                "org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib",
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/jnind4jcpu.dll");
        assertEquals(List.of("org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib",
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/jnind4jcpu.dll"),
                EmbeddedJarScanner.foreignNativeLibraries(EmbeddedJarScanner.entryNames(new ByteArrayInputStream(jar))));
    }

    /** A jar on the Bundle-ClassPath of the DL4J bundle or of one of its fragments (the no-AVX2 natives). */
    private record EmbeddedJar(Bundle bundle, String path) {

        /** From the jar file when the bundle is installed as a folder (fast), else by streaming the entry. */
        List<String> entryNames() throws IOException {
            Path file = localFile();
            if (file != null) {
                return EmbeddedJarScanner.entryNames(file);
            }
            try (InputStream in = bundle.getEntry(path).openStream()) {
                return EmbeddedJarScanner.entryNames(in);
            }
        }

        /** The jar as a file; locations look like {@code initial@reference:file:plugins/x_1.0/}, relative to the install area. */
        private Path localFile() {
            String location = bundle.getLocation();
            int file = location.indexOf("file:");
            if (file < 0) {
                return null;
            }
            String installArea = FrameworkUtil.getBundle(EmbeddedJarsTest.class).getBundleContext()
                    .getProperty("osgi.install.area");
            try {
                Path root = Path.of(location.substring(file + "file:".length()));
                if (!root.isAbsolute() && installArea != null && installArea.startsWith("file:")) {
                    root = Path.of(installArea.substring("file:".length())).resolve(root);
                }
                Path jar = root.resolve(path);
                return Files.isDirectory(root) && Files.isRegularFile(jar) ? jar : null;
            } catch (InvalidPathException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return bundle.getSymbolicName() + "/" + path;
        }
    }

    /** The *.jar entries of the Bundle-ClassPath of the installed DL4J bundle and its fragments; each must exist. */
    private static List<EmbeddedJar> embeddedJars() {
        Bundle host = FrameworkUtil.getBundle(Dl4jRuntime.class);
        List<EmbeddedJar> jars = new ArrayList<>();
        for (Bundle bundle : host.getBundleContext().getBundles()) {
            String fragmentHost = bundle.getHeaders("").get(Constants.FRAGMENT_HOST);
            boolean fragment = fragmentHost != null && fragmentHost.split(";")[0].trim().equals(host.getSymbolicName());
            if (bundle != host && !fragment) {
                continue;
            }
            String classPath = bundle.getHeaders("").get(Constants.BUNDLE_CLASSPATH);
            assertNotNull(classPath, "Bundle-ClassPath of " + bundle.getSymbolicName());
            for (String entry : classPath.split(",")) {
                String path = entry.trim();
                if (path.endsWith(".jar")) {
                    assertNotNull(bundle.getEntry(path), path + " is on the Bundle-ClassPath of " + bundle.getSymbolicName()
                            + " but not in the bundle; run ./mvnw generate-resources -pl bundles/" + bundle.getSymbolicName());
                    jars.add(new EmbeddedJar(bundle, path));
                }
            }
        }
        return jars;
    }

    private static byte[] jarWith(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (String entry : entries) {
                jar.putNextEntry(new ZipEntry(entry));
                jar.write(new byte[] {1, 2, 3});
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
