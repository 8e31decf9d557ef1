package io.consentgateway.gateway.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every test annotated {@link Article} and writes {@code target/pipl-conformance.md}: for
 * each row of PIPL.md the tests that prove it and whether they passed, the rows that do not apply and why, the known
 * gaps. Unit tests (surefire) and integration tests (failsafe) run in separate JVMs: each writes its part
 * ({@code target/pipl-conformance/<part>.tsv}, part from {@code -Dpipl.report.part}) and the report is rendered from
 * every part present.
 */
public final class ConformanceReport implements TestExecutionListener {

    private static final Path PARTS = Path.of("target", "pipl-conformance");
    private static final Path REPORT = Path.of("target", "pipl-conformance.md");

    /** "row \t Class.method \t passed|failed|skipped", one line per test method (a failed invocation fails it). */
    private final Map<String, String> outcomes = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        record(test, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "passed" : "failed");
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, "skipped");
    }

    private void record(TestIdentifier test, String status) {
        if (!test.isTest()) {
            return;
        }
        article(test).ifPresent(found -> {
            for (String row : found.article.value()) {
                String key = row + "\t" + found.name;
                if (!"failed".equals(outcomes.get(key))) {
                    outcomes.put(key, status);
                }
            }
        });
    }

    private record Found(Article article, String name) {}

    private static Optional<Found> article(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .flatMap(source -> {
                    try {
                        Method method = source.getJavaMethod();
                        Article article = method.getAnnotation(Article.class);
                        return article == null
                                ? Optional.empty()
                                : Optional.of(new Found(
                                        article, method.getDeclaringClass().getSimpleName() + "." + method.getName()));
                    } catch (RuntimeException notLoadable) {
                        return Optional.empty();
                    }
                });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(PARTS);
            String part = System.getProperty("pipl.report.part", "unit");
            Files.write(
                    PARTS.resolve(part + ".tsv"),
                    outcomes.entrySet().stream()
                            .map(entry -> entry.getKey() + "\t" + entry.getValue())
                            .toList());
            Files.writeString(REPORT, render(PiplRow.all(), readParts()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** row id → "Class.method" → status, from every part written so far. */
    private static Map<String, Map<String, String>> readParts() throws IOException {
        Map<String, Map<String, String>> byRow = new TreeMap<>();
        try (Stream<Path> parts = Files.list(PARTS)) {
            for (Path part :
                    parts.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    String[] cells = line.split("\t");
                    byRow.computeIfAbsent(cells[0], row -> new TreeMap<>())
                            .merge(
                                    cells[1],
                                    cells[2],
                                    (a, b) -> "failed".equals(a) || "failed".equals(b) ? "failed" : a);
                }
            }
        }
        return byRow;
    }

    static String render(List<PiplRow> rows, Map<String, Map<String, String>> byRow) {
        List<String> lines = new ArrayList<>();
        int proven = 0;
        int failing = 0;
        int untested = 0;
        for (PiplRow row : rows) {
            Map<String, String> tests = byRow.getOrDefault(row.id(), Map.of());
            String result;
            if (!row.applies()) {
                result = "does not apply: " + row.why();
            } else if (row.gap() != null && tests.isEmpty()) {
                result = "**known gap**: " + row.gap();
                untested++;
            } else if (tests.isEmpty()) {
                result = "**no test ran**";
                untested++;
            } else if (tests.containsValue("failed")) {
                result = "**FAIL**";
                failing++;
            } else {
                result = "pass";
                proven++;
            }
            String list = tests.entrySet().stream()
                    .map(test -> "`" + test.getKey() + "` " + symbol(test.getValue()))
                    .collect(Collectors.joining("<br>"));
            lines.add(
                    "| " + row.id() + " | " + row.law() + " | " + row.gateway() + " | " + list + " | " + result + " |");
        }
        String header = "# PIPL conformance\n\n"
                + "Generated " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + " by the gateway's tests (`@Article` on each test; rows from `pipl/articles.yaml`, after"
                + " ../shared/PIPL.md). Our reading of the law, not legal advice.\n\n"
                + "Rows: " + rows.size() + " · proven by passing tests: " + proven + " · failing: " + failing
                + " · without a test in this run: " + untested + " · not applicable: "
                + rows.stream().filter(row -> !row.applies()).count() + "\n\n"
                + "| article | what the law asks | what the gateway does | tests | result |\n"
                + "|---|---|---|---|---|\n";
        return header + String.join("\n", lines) + "\n";
    }

    private static String symbol(String status) {
        return switch (status) {
            case "passed" -> "✔";
            case "failed" -> "✘ failed";
            default -> "(skipped)";
        };
    }
}
