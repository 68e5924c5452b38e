package org.neurite.dl4j.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instruction-set extensions of this machine's CPU, as the Linux kernel lists them in {@code /proc/cpuinfo}.
 *
 * @param flags the CPU flags, e.g. {@code avx2}, {@code fma}; empty when they could not be read
 * @param known whether the flags could be read at all
 */
public record CpuFeatures(Set<String> flags, boolean known) {

    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    public CpuFeatures {
        flags = Set.copyOf(flags);
    }

    /** Reads {@code /proc/cpuinfo}; returns an unknown result (not an error) when it is missing or unreadable. */
    public static CpuFeatures ofThisMachine() {
        try {
            return parseCpuinfo(Files.readString(CPUINFO));
        } catch (IOException | RuntimeException e) {
            return new CpuFeatures(Set.of(), false);
        }
    }

    /** Parses the text of {@code /proc/cpuinfo}: the first {@code flags} line (every core lists the same ones). */
    public static CpuFeatures parseCpuinfo(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals("flags")) {
                Set<String> flags = Arrays.stream(line.substring(colon + 1).trim().split("\\s+"))
                        .filter(flag -> !flag.isEmpty())
                        .collect(Collectors.toSet());
                return new CpuFeatures(flags, true);
            }
        }
        return new CpuFeatures(Set.of(), false);
    }

    /**
     * Whether the CPU has AVX2. When the flags are unknown this answers true: every x86-64 CPU sold since 2015 has
     * AVX2, and a user whose CPU lacks it can choose the fallback explicitly (see the bundle's README).
     */
    public boolean hasAvx2() {
        return !known || flags.contains("avx2");
    }
}
