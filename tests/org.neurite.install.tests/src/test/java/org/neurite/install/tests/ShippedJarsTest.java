package org.neurite.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * Pure Java: nothing Neurite ships contains Kotlin or OkHttp (which drags Kotlin in). Scans every jar of the built
 * update site and of both products, including jars nested inside bundles (the DL4J bundle embeds 36).
 */
class ShippedJarsTest {

    private static final List<String> FORBIDDEN = List.of("kotlin/", "okhttp3/");

    private int classes;
    private boolean sawDeeplearning4j;
    private final List<String> offenders = new ArrayList<>();

    @Test
    void noKotlinOrOkHttpInAnythingWeShip() throws IOException {
        Path root = Installation.root();
        List<Path> shipped = List.of(root.resolve("update-site/repository/target/repository/plugins"),
                root.resolve("update-site/product-headless/target/products"),
                root.resolve("update-site/product-workbench/target/products"));
        for (Path folder : shipped) {
            assertTrue(Files.isDirectory(folder), folder + " is built");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (Files.isRegularFile(file) && name.endsWith(".jar")) {
                        try (InputStream in = Files.newInputStream(file)) {
                            scan(in, root.relativize(file).toString());
                        }
                    } else if (Files.isRegularFile(file) && name.endsWith(".class")) {
                        check(root.relativize(file).toString(), folder.relativize(file).toString());
                    }
                }
            }
        }
        assertTrue(sawDeeplearning4j, "the scan reached the jars embedded in the DL4J bundle");
        assertTrue(classes > 50_000, "scanned " + classes + " classes");
        assertEquals(List.of(), offenders, "Kotlin/OkHttp classes found in what we ship");
    }

    private void scan(InputStream jar, String where) throws IOException {
        ZipInputStream zip = new ZipInputStream(jar);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
            String name = entry.getName();
            if (name.endsWith(".jar")) {
                scan(zip, where + "!/" + name); // nested: read through without closing the outer stream
            } else if (name.endsWith(".class")) {
                check(where, name);
            }
        }
    }

    private void check(String where, String entry) {
        classes++;
        if (entry.startsWith("org/deeplearning4j/nn/graph/")) {
            sawDeeplearning4j = true;
        }
        for (String prefix : FORBIDDEN) {
            if (entry.startsWith(prefix) || entry.contains("/" + prefix)) {
                offenders.add(where + "!/" + entry);
            }
        }
    }
}
