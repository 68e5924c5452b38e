package org.neurite.dl4j.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.dl4j.runtime.CpuFeatures;
import org.neurite.dl4j.runtime.Dl4jRuntime;
import org.neurite.dl4j.runtime.NativeCacheLocation;
import org.neurite.dl4j.runtime.NativeVariant;

/** The rules behind Dl4jRuntime's choices: native build per CPU and native cache folder. */
class RuntimeDecisionsTest {

    private static final String ZEN3_FLAGS = "processor\t: 0\nvendor_id\t: AuthenticAMD\n"
            + "flags\t\t: fpu vme sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c bmi1 avx2 bmi2\nbogomips\t: 4890.85\n";
    private static final String NEHALEM_FLAGS = "processor\t: 0\nflags\t\t: fpu sse sse2 ssse3 sse4_1 sse4_2 popcnt\n";

    @Test
    void cpusWithAvx2GetTheAvx2BuildAndOthersTheGenericOne() {
        assertEquals(NativeVariant.ONEDNN_AVX2, NativeVariant.forCpu(CpuFeatures.parseCpuinfo(ZEN3_FLAGS)));
        assertEquals(NativeVariant.ONEDNN, NativeVariant.forCpu(CpuFeatures.parseCpuinfo(NEHALEM_FLAGS)));
        assertEquals("linux-x86_64-onednn-avx2", NativeVariant.ONEDNN_AVX2.classifier());
        assertEquals("-onednn", NativeVariant.ONEDNN.platformExtension());
    }

    @Test
    void unreadableCpuFlagsAssumeAvx2() {
        CpuFeatures unknown = CpuFeatures.parseCpuinfo("no flags here");
        assertFalse(unknown.known());
        assertTrue(unknown.hasAvx2());
        assertTrue(CpuFeatures.parseCpuinfo(ZEN3_FLAGS).known());
    }

    @Test
    void theCacheGoesIntoTheConfigurationArea(@TempDir Path dir) {
        NativeCacheLocation location = NativeCacheLocation.choose(null, dir.toUri().toString(), () -> null);
        assertEquals(dir.resolve(NativeCacheLocation.FOLDER_NAME), location.directory());
        assertTrue(Files.isDirectory(location.directory()));
    }

    @Test
    void aFolderTheUserGivesWins(@TempDir Path dir) {
        Path mine = dir.resolve("my cache");
        NativeCacheLocation location = NativeCacheLocation.choose(mine.toString(), dir.toUri().toString(), () -> null);
        assertEquals(mine, location.directory());
        assertTrue(location.reason().contains(Dl4jRuntime.CACHE_DIR_PROPERTY), location.reason());
    }

    @Test
    void anUnusableConfigurationAreaFallsBackToTheBundleDataArea(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("configuration"), "a file, not a folder");
        Path data = dir.resolve("data");
        NativeCacheLocation location = NativeCacheLocation.choose(null, notAFolder.toUri().toString(), () -> data);
        assertEquals(data.resolve(NativeCacheLocation.FOLDER_NAME), location.directory());
    }

    @Test
    void anUnusableUserFolderIsAnErrorNamingThePropertyNotASilentFallback(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NativeCacheLocation.choose(file.resolve("cache").toString(), dir.toUri().toString(), () -> null));
        assertTrue(e.getMessage().contains(Dl4jRuntime.CACHE_DIR_PROPERTY) && e.getMessage().contains(file.toString()),
                e.getMessage());
    }

    @Test
    void initializeIsIdempotent() {
        assertEquals(Dl4jRuntime.initialize(), Dl4jRuntime.initialize());
    }
}
