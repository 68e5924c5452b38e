package org.neurite.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the machine's CPU time went, read from {@code /proc}: all cores' busy time, the hypervisor's steal time,
 * and one process's own time. Two readings give, for the time between them, how many cores the measured process
 * used and how many everything else on the machine used, so a window spoiled by other load can be told apart.
 * Linux only; the clock ticks are USER_HZ (100 per second on every Linux the benchmark targets).
 */
final class CpuClock {

    static final double TICKS_PER_SECOND = 100.0;

    /** One reading. CPU times in ticks; {@code nanos} from {@link System#nanoTime()}. */
    record Reading(long nanos, long busyTicks, long stealTicks, long processTicks, long selfTicks) {

        /** The cores each party used between {@code earlier} and this reading. */
        Usage since(Reading earlier) {
            double seconds = (nanos - earlier.nanos) / 1e9;
            double own = (processTicks - earlier.processTicks) / TICKS_PER_SECOND / seconds;
            double steal = (stealTicks - earlier.stealTicks) / TICKS_PER_SECOND / seconds;
            // the benchmark driver's own reading of the child's output is not "other load"
            double self = (selfTicks - earlier.selfTicks) / TICKS_PER_SECOND / seconds;
            double busy = (busyTicks - earlier.busyTicks) / TICKS_PER_SECOND / seconds;
            return new Usage(seconds, own, Math.max(0, busy - steal - own - self), steal);
        }
    }

    /** Cores used on average over {@code seconds}: by the measured process, by everything else, stolen by the host. */
    record Usage(double seconds, double ownCores, double otherCores, double stealCores) {
    }

    private CpuClock() {
    }

    /** A reading of the machine and of process {@code pid} (its threads included; 0 for none). */
    static Reading read(long pid) {
        long now = System.nanoTime();
        long[] machine = machineTicks();
        return new Reading(now, machine[0], machine[1], pid > 0 ? processTicks(pid) : 0,
                processTicks(ProcessHandle.current().pid()));
    }

    /** {busy, steal} summed over all cores: user + nice + system + irq + softirq + steal; steal alone. */
    private static long[] machineTicks() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] { user + nice + system + irq + softirq + steal, steal };
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read /proc/stat (the benchmark needs Linux): " + e, e);
        }
    }

    /** utime + stime of a process, 0 once it has gone. */
    static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may contain spaces: fields are counted after the last ')'
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
