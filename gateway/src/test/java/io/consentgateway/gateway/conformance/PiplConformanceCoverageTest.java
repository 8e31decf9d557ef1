package io.consentgateway.gateway.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conformance suite keeps up with PIPL.md: every row that applies has a test, every test names a real row. */
class PiplConformanceCoverageTest {

    private static final List<PiplRow> ROWS = PiplRow.all();

    private final List<Method> conformanceTests = testMethods();

    /** The test methods annotated @Article, from the compiled test classes (a plain scan: ArchUnit took 48 s). */
    private static List<Method> testMethods() {
        Path classes = Path.of("target", "test-classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.'))
                    .flatMap(name -> Stream.of(load(name).getDeclaredMethods()))
                    .filter(method -> method.isAnnotationPresent(Article.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PiplConformanceCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRowThatAppliesHasAtLeastOneConformanceTest() {
        Set<String> proven = conformanceTests.stream()
                .flatMap(method -> List.of(method.getAnnotation(Article.class).value()).stream())
                .collect(Collectors.toSet());
        List<String> untested = ROWS.stream()
                .filter(PiplRow::needsTests)
                .map(PiplRow::id)
                .filter(id -> !proven.contains(id))
                .toList();
        assertThat(untested)
                .as("rows of PIPL.md that apply but no @Article test proves")
                .isEmpty();
    }

    @Test
    void everyArticleATestNamesIsARowOfTheTable() {
        Set<String> ids = ROWS.stream().map(PiplRow::id).collect(Collectors.toSet());
        Map<String, String> unknown = conformanceTests.stream()
                .flatMap(method -> List.of(method.getAnnotation(Article.class).value()).stream()
                        .filter(id -> !ids.contains(id))
                        .map(id -> Map.entry(method.getDeclaringClass().getSimpleName() + "." + method.getName(), id)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + ", " + b));
        assertThat(unknown)
                .as("@Article values that are not row ids of pipl/articles.yaml")
                .isEmpty();
    }

    @Test
    void aRowThatDoesNotApplySaysWhyAndAGapSaysWhatIsMissing() {
        assertThat(ROWS).allSatisfy(row -> {
            if (!row.applies()) {
                assertThat(row.why()).as(row.id()).isNotBlank();
            }
            if (row.gap() != null) {
                assertThat(row.gap()).as(row.id()).isNotBlank();
            }
        });
    }

    @Test
    void theReportListsEveryRowWithItsTestsAndResult() {
        String report = ConformanceReport.render(
                ROWS, Map.of("15", Map.of("SomeIT.withdrawal", "passed"), "13", Map.of("OtherIT.basis", "failed")));
        assertThat(report)
                .contains("| 15 |", "`SomeIT.withdrawal` ✔", "| pass |")
                .contains("`OtherIT.basis` ✘ failed", "**FAIL**")
                .contains("| 25-27 |", "does not apply: ")
                .contains("**known gap**");
        assertThat(report.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| article")))
                .hasSize(ROWS.size());
    }
}
