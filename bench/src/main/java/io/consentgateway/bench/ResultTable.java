package io.consentgateway.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable report: machine facts, then one line per variant, grouped, baseline first. */
final class ResultTable {

    private static final String ROW = "%-24s %-20s %12s %8s %12s %5s %7s  %-11s%n";
    /** Below this CPU share another process took a noticeable part of the measured time. */
    private static final double BUSY_MACHINE = 0.9;

    private final PrintStream out;

    ResultTable(PrintStream out) {
        this.out = out;
    }

    void printHeader(MachineFacts machine, BenchPlan plan) {
        out.println("CryptoBench (" + plan.mode() + "): warm-up "
                + plan.warmUpPerVariant().toMillis()
                + " ms per variant, " + plan.rounds() + " interleaved rounds of ~"
                + plan.batch().toMillis()
                + " ms per variant");
        out.println("java      " + machine.javaVersion() + " (" + machine.javaVm() + ")");
        out.println("os        " + machine.os() + ", os.arch " + machine.osArch() + ", " + machine.processors()
                + " processors");
        out.println("cpu       " + machine.cpuModel() + ", load average at start " + machine.loadAverage());
        out.println("cpu flags "
                + machine.cpuFlagsLine()
                        .map(line -> "aes present; crypto-related: " + String.join(" ", machine.cryptoCpuFlags()))
                        .orElse("no flags line with aes (no AES instructions, or no /proc/cpuinfo)"));
        out.println("jvm flags " + jvmFlags(machine.jvmCryptoFlags()));
        out.println();
    }

    void printResults(List<Result> results) {
        out.println();
        out.printf(ROW, "group", "variant", "median ns/op", "±", "ops/s", "cpu", "ratio", "ratio IQR");
        String group = "";
        for (Result result : results) {
            boolean first = !result.group().equals(group);
            group = result.group();
            RoundStatistics ratio = result.ratioToBaseline();
            out.printf(
                    ROW,
                    first ? result.group() : "",
                    result.variant(),
                    format("%,.0f", result.nsPerOp().median()),
                    format("±%.1f%%", 50 * result.nsPerOp().relativeSpread()),
                    format("%,.0f", result.opsPerSecond()),
                    format("%.0f%%", 100 * result.cpuShare()),
                    format("%.2f", ratio.median()) + (result.baseline() ? "*" : ""),
                    result.baseline() ? "baseline" : format("%.2f-%.2f", ratio.p25(), ratio.p75()));
        }
        out.println();
        out.println("ratio = median over rounds of (ns/op / the group baseline's (*) ns/op in the same round);"
                + " 2.00 = twice as slow.");
        out.println("ratio IQR = the middle half of the per-round ratios. ± = half the interquartile range of the"
                + " per-round ns/op, relative to the median.");
        out.println("cpu = median share of a batch's wall time this thread was on a CPU.");
        double leastCpu = results.stream().mapToDouble(Result::cpuShare).min().orElse(1);
        if (leastCpu < BUSY_MACHINE) {
            out.println(format(
                    "WARNING: the benchmark thread had a CPU only %.0f%% of the time in some batches: other processes"
                            + " competed for the machine. Absolute ns/op are inflated; the ratios (interleaved,"
                            + " paired per round) stay comparable but noisier. Rerun on a quiet machine.",
                    100 * leastCpu));
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static String jvmFlags(Map<String, String> flags) {
        StringBuilder line = new StringBuilder();
        flags.forEach(
                (flag, value) -> line.append(flag).append('=').append(value).append(' '));
        return line.toString().trim();
    }
}
