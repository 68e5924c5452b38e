package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        List<String> jars = embeddedJars();
        for (String jar : jars) {
            try (InputStream in = openEntry(jar)) {
                EmbeddedJarScanner.kotlinOrOkHttpEntries(in).stream().limit(3).forEach(e -> problems.add(jar + "!/" + e));
            }
        }
        assertTrue(jars.size() >= 30, "expected the ~35 DL4J/ND4J jars on the Bundle-ClassPath, found " + jars);
        assertEquals(List.of(), problems, "Kotlin or OkHttp classes in embedded jars (exclude them in the pom)");
    }

    @Test
    void embeddedNativeLibrariesAreForLinuxX86_64Only() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String jar : embeddedJars()) {
            if (jar.contains("linux-x86_64") || jar.contains("javacpp") || jar.contains("openblas")) {
                try (InputStream in = openEntry(jar)) {
                    EmbeddedJarScanner.foreignNativeLibraries(in).forEach(e -> problems.add(jar + "!/" + e));
                }
            }
        }
        assertEquals(List.of(), problems, "natives of other platforms: a *-platform aggregator slipped in");
    }

    @Test
    void theScannerFindsKotlinAndOkHttpInAJar() throws IOException {
        byte[] jar = jarWith("org/example/Fine.class", "kotlin/Unit.class", "okhttp3/OkHttpClient.class",
                "META-INF/versions/9/kotlin/collections/ArraysKt.class", "META-INF/main.kotlin_module");
        assertEquals(List.of("kotlin/Unit.class", "okhttp3/OkHttpClient.class",
                "META-INF/versions/9/kotlin/collections/ArraysKt.class", "META-INF/main.kotlin_module"),
                EmbeddedJarScanner.kotlinOrOkHttpEntries(new ByteArrayInputStream(jar)));
        assertEquals(List.of(), EmbeddedJarScanner.kotlinOrOkHttpEntries(
                new ByteArrayInputStream(jarWith("org/example/Fine.class", "org/example/kotlin/NotKotlin.class"))));
    }

    @Test
    void theScannerFindsNativesOfOtherPlatforms() throws IOException {
        byte[] jar = jarWith("org/bytedeco/openblas/linux-x86_64/libopenblas.so.0",
                "org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib",
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/jnind4jcpu.dll");
        assertEquals(List.of("org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib",
                "org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/jnind4jcpu.dll"),
                EmbeddedJarScanner.foreignNativeLibraries(new ByteArrayInputStream(jar)));
    }

    /** The lib/*.jar entries of the installed bundle's Bundle-ClassPath; each must exist in the bundle. */
    private static List<String> embeddedJars() {
        String classPath = libsBundle().getHeaders("").get(Constants.BUNDLE_CLASSPATH);
        assertNotNull(classPath, "Bundle-ClassPath of org.neurite.dl4j.libs");
        List<String> jars = Arrays.stream(classPath.split(",")).map(String::trim).filter(e -> e.endsWith(".jar")).toList();
        for (String jar : jars) {
            assertNotNull(libsBundle().getEntry(jar), jar + " is on the Bundle-ClassPath but not in the bundle;"
                    + " run ./mvnw generate-resources -pl bundles/org.neurite.dl4j.libs");
        }
        return jars;
    }

    private static InputStream openEntry(String path) throws IOException {
        URL url = libsBundle().getEntry(path);
        return url.openStream();
    }

    private static Bundle libsBundle() {
        return FrameworkUtil.getBundle(Dl4jRuntime.class);
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
