package org.neurite.dl.train.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much CPU other processes used while a benchmark ran, from /proc (Linux): the machine is shared, and a
 * timing is only meaningful when the others left the cores alone.
 */
final class CpuWatch {

    private final long busyStart;
    private final long ownStart;
    private final long start = System.nanoTime();

    CpuWatch() {
        busyStart = busyTicks();
        ownStart = ownTicks();
    }

    /** Cores other processes kept busy on average since this watch started (0 = clean). */
    double othersCores() {
        double seconds = (System.nanoTime() - start) / 1e9;
        long others = (busyTicks() - busyStart) - (ownTicks() - ownStart);
        return Math.max(0, others / 100.0 / seconds);
    }

    private static long busyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal
            return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ownTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
