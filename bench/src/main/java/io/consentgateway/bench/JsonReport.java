package io.consentgateway.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The same results as the table, as JSON, for comparing runs by machine. Hand-written: no JSON library needed. */
final class JsonReport {

    private final Instant started;
    private final MachineFacts machine;
    private final BenchPlan plan;

    JsonReport(Instant started, MachineFacts machine, BenchPlan plan) {
        this.started = started;
        this.machine = machine;
        this.plan = plan;
    }

    Path write(Path file, List<Result> results) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.writeString(absolute, json(results), StandardCharsets.UTF_8);
        return absolute;
    }

    String json(List<Result> results) {
        String rows =
                results.stream().map(JsonReport::result).collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        return "{\n"
                + "  \"benchmark\": \"CryptoBench\",\n"
                + "  \"mode\": " + string(plan.mode()) + ",\n"
                + "  \"started\": " + string(started.toString()) + ",\n"
                + "  \"plan\": {\"warmUpMillisPerVariant\": "
                + plan.warmUpPerVariant().toMillis()
                + ", \"rounds\": " + plan.rounds() + ", \"batchMillis\": "
                + plan.batch().toMillis() + "},\n"
                + "  \"machine\": " + machine() + ",\n"
                + "  \"results\": " + rows + "\n"
                + "}\n";
    }

    private String machine() {
        return "{\"java\": " + string(machine.javaVersion())
                + ", \"vm\": " + string(machine.javaVm())
                + ", \"os\": " + string(machine.os())
                + ", \"osArch\": " + string(machine.osArch())
                + ", \"processors\": " + machine.processors()
                + ", \"cpuModel\": " + string(machine.cpuModel())
                + ", \"loadAverage\": " + string(machine.loadAverage())
                + ", \"cpuFlags\": "
                + machine.cpuFlagsLine().map(JsonReport::string).orElse("null")
                + ", \"cryptoCpuFlags\": "
                + machine.cryptoCpuFlags().stream().map(JsonReport::string).collect(Collectors.joining(", ", "[", "]"))
                + ", \"jvmCryptoFlags\": " + object(machine.jvmCryptoFlags()) + "}";
    }

    private static String result(Result r) {
        RoundStatistics ns = r.nsPerOp();
        return "{\"group\": " + string(r.group())
                + ", \"variant\": " + string(r.variant())
                + ", \"baseline\": " + r.baseline()
                + ", \"medianNsPerOp\": " + number(ns.median())
                + ", \"p25NsPerOp\": " + number(ns.p25())
                + ", \"p75NsPerOp\": " + number(ns.p75())
                + ", \"minNsPerOp\": " + number(ns.min())
                + ", \"maxNsPerOp\": " + number(ns.max())
                + ", \"opsPerSecond\": " + number(r.opsPerSecond())
                + ", \"ratioToBaseline\": " + ratio(r.ratioToBaseline().median())
                + ", \"ratioP25\": " + ratio(r.ratioToBaseline().p25())
                + ", \"ratioP75\": " + ratio(r.ratioToBaseline().p75())
                + ", \"cpuShare\": " + ratio(r.cpuShare())
                + ", \"opsPerBatch\": " + r.opsPerBatch() + "}";
    }

    private static String object(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> string(e.getKey()) + ": " + string(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
