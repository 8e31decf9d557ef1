package io.consentgateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every benchmark, one after the other, each in its own JVM: {@code bench/run-all [--quick] [--only a,b]}. Prints
 * each benchmark's own table as it goes, then one summary of every figure against its same-run baseline, and writes
 * {@code bench/results/latest.json} and the chart {@code bench/results/latest.png}.
 */
public final class BenchSuite {

    static final Path RESULTS = Path.of("bench", "results");

    private BenchSuite() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean quick = BenchGateway.quick(args);
        List<String> only = List.of(BenchGateway.textOption(args, "--only", "").split(","));
        Instant started = Instant.now();
        List<Measurement> measurements = new ArrayList<>();
        Map<String, Object> runs = new LinkedHashMap<>();
        for (SuiteEntry entry : SuiteEntry.all()) {
            if (!only.equals(List.of("")) && !only.contains(entry.name())) {
                continue;
            }
            Path report = Path.of("bench", "target", "suite", entry.name() + ".json");
            Files.deleteIfExists(report);
            long began = System.nanoTime();
            int exit = run(entry, quick, report);
            double seconds = (System.nanoTime() - began) / 1e9;
            runs.put(entry.name(), Map.of("seconds", Math.round(seconds), "exit", exit));
            if (exit == 0 && Files.exists(report)) {
                measurements.addAll(new MeasurementFile().read(report));
            } else {
                System.err.printf(
                        Locale.ROOT, "%s failed (exit %d); the suite goes on without it%n", entry.name(), exit);
            }
        }
        Duration took = Duration.between(started, Instant.now());
        MachineFacts machine = MachineFacts.probe();
        new SuiteTable(System.out).print(measurements, quick, took, machine);
        Files.createDirectories(RESULTS);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", quick ? "quick" : "full");
        json.put("started", started.toString());
        json.put("seconds", took.toSeconds());
        json.put(
                "machine",
                Map.of(
                        "java", machine.javaVersion(),
                        "cpuModel", machine.cpuModel(),
                        "processors", machine.processors(),
                        "os", machine.os()));
        json.put("runs", runs);
        json.put("measurements", measurements);
        Path latest = RESULTS.resolve("latest.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(latest.toFile(), json);
        Path chart = new SuiteChart().draw(measurements, started, machine, RESULTS.resolve("latest.png"));
        System.out.printf("results written to %s and %s%n", latest.toAbsolutePath(), chart.toAbsolutePath());
        if (runs.values().stream()
                .anyMatch(run -> !((Map<?, ?>) run).get("exit").equals(0))) {
            System.exit(1);
        }
    }

    /** The benchmark in a JVM of its own, with this JVM's java and class path; its output goes to ours. */
    private static int run(SuiteEntry entry, boolean quick, Path report) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                entry.heap(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                entry.mainClass()));
        command.addAll(entry.args(quick));
        if (quick) {
            command.add("--quick");
        }
        command.addAll(List.of("--report", report.toString()));
        System.err.printf(
                Locale.ROOT, "%n=== %s: %s%n", entry.name(), String.join(" ", command.subList(5, command.size())));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
