package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.factory.Nd4j;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.dl4j.runtime.NativeCacheLocation;
import org.neurite.dl4j.runtime.RuntimeSettings;
import org.osgi.framework.FrameworkUtil;

/** JavaCPP extracts the native libraries into the configuration area, once. */
class NativeCacheTest {

    @Test
    void nativesAreExtractedIntoTheConfigurationArea() throws Exception {
        RuntimeSettings settings = Dl4jRuntime.initialize();
        Path cache = cacheAfterNd4jRan();

        String area = FrameworkUtil.getBundle(Dl4jRuntime.class).getBundleContext().getProperty("osgi.configuration.area");
        assertNotNull(area, "osgi.configuration.area");
        Path expected = Path.of(new URL(area).toURI()).resolve(NativeCacheLocation.FOLDER_NAME);
        assertTrue(Files.isSameFile(expected, cache), "cache " + cache + ", expected " + expected);
        assertTrue(Files.isSameFile(expected, settings.nativeCache().directory()), settings.toString());
        assertEquals(settings.nativeCache().directory().toString(), System.getProperty(Dl4jRuntime.CACHE_DIR_PROPERTY));
        Path home = Path.of(System.getProperty("user.home"), ".javacpp").toAbsolutePath();
        assertFalse(cache.toAbsolutePath().startsWith(home), "the cache must not be in " + home);

        Path libnd4jcpu = cache.resolve(settings.nativeVariant()).resolve("libnd4jcpu.so");
        assertTrue(Files.size(libnd4jcpu) > 100_000_000L, libnd4jcpu + " should hold the extracted ND4J library");
    }

    /**
     * Repeats what JavaCPP does at a second start: with its memory of found and loaded libraries wiped, it loads
     * ND4J's and OpenBLAS's natives again, deciding for each file whether to extract it. Then no cached file may
     * have been written again: same inode, size, modification and change time.
     */
    @Test
    void aSecondStartDoesNotExtractAgain() throws Exception {
        Path cache = cacheAfterNd4jRan();
        loadNativesFromScratch();
        Map<Path, String> first = snapshot(cache);
        Map<String, String> loadedFirst = new TreeMap<>(Loader.getLoadedLibraries());
        assertTrue(loadedFirst.getOrDefault("nd4jcpu", "").startsWith(cache.toString()), "loaded: " + loadedFirst);

        loadNativesFromScratch();

        assertEquals(loadedFirst, new TreeMap<>(Loader.getLoadedLibraries()), "libraries loaded the second time");
        assertEquals(first, snapshot(cache), "files were extracted again");
    }

    /** The counter-check: a cached file that no longer matches its resource is extracted again, and seen. */
    @Test
    void aStaleCachedFileIsExtractedAgainAndTheSnapshotShowsIt() throws Exception {
        Path cache = cacheAfterNd4jRan();
        Path jniJavacpp = cache.resolve("linux-x86_64").resolve("libjnijavacpp.so");
        Files.setLastModifiedTime(jniJavacpp, FileTime.fromMillis(0));
        Map<Path, String> before = snapshot(cache);

        forgetLoadedLibraries();
        Loader.load(Loader.class); // JavaCPP's own JNI library, libjnijavacpp.so

        Map<Path, String> after = snapshot(cache);
        Path relative = cache.relativize(jniJavacpp);
        assertNotEquals(before.get(relative), after.get(relative), "libjnijavacpp.so should have been extracted again");
        before.remove(relative);
        after.remove(relative);
        assertEquals(before, after, "only the stale file is extracted again");
    }

    /** Loads the natives of JavaCPP, OpenBLAS and ND4J as at a fresh start (the JVM keeps them loaded). */
    private static void loadNativesFromScratch() throws ReflectiveOperationException {
        forgetLoadedLibraries();
        for (Class<?> natives : List.of(Loader.class, org.bytedeco.openblas.global.openblas_nolapack.class,
                org.bytedeco.openblas.global.openblas.class, Nd4jCpu.class)) {
            Loader.load(natives);
        }
    }

    /** Clears JavaCPP's per-JVM memory (package-private maps of Loader), so that Loader.load works from scratch. */
    private static void forgetLoadedLibraries() throws ReflectiveOperationException {
        for (String name : List.of("foundLibraries", "loadedLibraries")) {
            Field field = Loader.class.getDeclaredField(name);
            field.setAccessible(true);
            ((Map<?, ?>) field.get(null)).clear();
        }
    }

    private static Path cacheAfterNd4jRan() throws Exception {
        Dl4jRuntime.initialize();
        double sum = PlainWorkerThread.call(() -> Nd4j.ones(DataType.FLOAT, 3, 3).sumNumber().doubleValue());
        assertEquals(9.0, sum);
        return Loader.getCacheDir().toPath();
    }

    /** Regular files (not JavaCPP's version links) relative to the cache, with inode, size and times. */
    private static Map<Path, String> snapshot(Path cache) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(cache)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (file.getFileName().toString().equals(".lock")) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Object changed = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
                files.put(cache.relativize(file), a.fileKey() + " " + a.size() + " " + a.lastModifiedTime() + " " + changed);
            }
        }
        return files;
    }
}
