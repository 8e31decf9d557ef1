package io.consentgateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time a process and its children have used, from {@code /proc/<pid>/stat} (Linux): user and system time of the
 * process, of its live children, and of children it has reaped. For PostgreSQL, the postmaster and its backends.
 * Zero where {@code /proc} is not readable.
 */
final class ProcessCpu {

    /** USER_HZ: the unit of the times in /proc/<pid>/stat, 100 on every Linux architecture the JDK supports. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {}

    static double secondsOfTree(long pid) {
        double seconds = ticks(pid, true) / TICKS_PER_SECOND;
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
            seconds += ticks(child.pid(), false) / TICKS_PER_SECOND;
        }
        return seconds;
    }

    /** utime + stime, and cutime + cstime (reaped children) when asked. */
    static long ticks(long pid, boolean withReapedChildren) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withReapedChildren);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long ticks(String stat, boolean withReapedChildren) {
        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
        long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    }
}
