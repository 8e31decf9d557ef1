package io.consentgateway.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The suite's summary: every figure with its same-run baseline and the ratio, and which way is better. */
final class SuiteTable {

    private final PrintStream out;

    SuiteTable(PrintStream out) {
        this.out = out;
    }

    void print(List<Measurement> measurements, boolean quick, Duration took, MachineFacts machine) {
        out.printf(
                Locale.ROOT,
                "%n=== Suite (%s, %d min %02d s): %s, %d cores, Java %s%n",
                quick ? "quick" : "full",
                took.toMinutes(),
                took.toSecondsPart(),
                machine.cpuModel(),
                machine.processors(),
                machine.javaVersion());
        out.printf(
                Locale.ROOT,
                "%-10s %-58s %14s %14s %9s  %s%n",
                "benchmark",
                "measure (baseline)",
                "gateway",
                "baseline",
                "ratio",
                "goal");
        for (Measurement m : measurements) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %-58s %14s %14s %9s  %s%n",
                    m.benchmark(),
                    shorten(m.measure() + " (" + m.baselineName() + ")", 58),
                    figure(m.value()) + " " + m.unit(),
                    figure(m.baseline()),
                    ratio(m.ratio()),
                    m.goal());
        }
        out.println("ratio = gateway ÷ baseline: for /s higher is better, for times lower is better");
    }

    static String figure(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 1 ? "%.2f" : "%.3f", value);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 0.1 ? "%.2fx" : "%.4fx", ratio);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
