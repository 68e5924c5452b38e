package org.neurite.dl4j.libs.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** Lists the entries of a jar that Neurite must never ship. */
final class EmbeddedJarScanner {

    /** Kotlin's runtime and OkHttp, also inside multi-release folders, and Kotlin module descriptors. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(META-INF/versions/\\d+/)?(kotlin|kotlinx|okhttp3)/.*|META-INF/.*\\.kotlin_module");
    /** A native library of ND4J or a JavaCPP preset; they live below a folder named after their platform. */
    private static final Pattern BYTEDECO_OR_ND4J_NATIVE = Pattern.compile("org/(bytedeco|nd4j)/.*\\.(so(\\.\\d+)*|dll|dylib)");

    private EmbeddedJarScanner() {
    }

    /** Entries belonging to Kotlin or OkHttp. */
    static List<String> kotlinOrOkHttpEntries(List<String> entryNames) {
        List<String> found = new ArrayList<>();
        for (String name : entryNames) {
            if (FORBIDDEN.matcher(name).matches()) {
                found.add(name);
            }
        }
        return found;
    }

    /** Native library entries (.so, .dll, .dylib) of ND4J/JavaCPP for a platform other than linux-x86_64. */
    static List<String> foreignNativeLibraries(List<String> entryNames) {
        List<String> found = new ArrayList<>();
        for (String name : entryNames) {
            if (BYTEDECO_OR_ND4J_NATIVE.matcher(name).matches() && !name.contains("/linux-x86_64")) {
                found.add(name);
            }
        }
        return found;
    }

    /** The entry names of a jar read as a stream (this inflates everything: slow for 100 MB jars). */
    static List<String> entryNames(InputStream jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(jar)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** The entry names of a jar file, from its central directory. */
    static List<String> entryNames(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
