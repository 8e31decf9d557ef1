package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** expected.json read back from disk states exactly what the written files hold. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestTest {

    private WrittenSamples samples;
    private JsonNode manifest;

    @BeforeAll
    void writeTheDefaultSamples(@TempDir Path directory) throws IOException {
        samples = WrittenSamples.write(SampleData.generate(Settings.defaults()), directory);
        manifest = samples.manifest();
    }

    @Test
    void namesEveryWrittenFileAndNothingElse() throws IOException {
        List<String> named = new ArrayList<>(fileNames());
        named.add(SampleWriter.MANIFEST);
        assertThat(samples.paths()).containsExactlyInAnyOrderElementsOf(named);
        assertThat(named)
                .contains(
                        "web.json",
                        "app.json",
                        "miniprogram.json",
                        "member-registration.json",
                        "wechat.json",
                        "douyin.json",
                        "xiaohongshu.json",
                        "event-checkin.json",
                        "taobao.json",
                        "jd.json",
                        "partner.json",
                        "unknown-channel.json");
        assertThat(named.stream().filter(path -> path.startsWith("pos/")))
                .hasSizeGreaterThan(10)
                .allSatisfy(path -> assertThat(path).matches("pos/[A-Z]{2}[0-9]{3}/sales-\\d{4}-\\d{2}-\\d{2}\\.csv"));
    }

    @Test
    void recordCountsOutcomesAndCaseIdsMatchTheFiles() throws IOException {
        for (String path : fileNames()) {
            JsonNode entry = manifest.path("files").path(path);
            List<String> ids = idsInFile(path, entry.path("idField").asText());
            assertThat(entry.path("records").asInt()).as(path).isEqualTo(ids.size());

            int outcomes = 0;
            for (JsonNode count : entry.path("outcomes")) {
                outcomes += count.asInt();
            }
            assertThat(outcomes).as("%s: outcomes add up to the records", path).isEqualTo(ids.size());

            for (Iterator<Map.Entry<String, JsonNode>> cases =
                            entry.path("cases").fields();
                    cases.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = cases.next();
                JsonNode listed = kind.getValue().path("sourceIds");
                assertThat(kind.getValue().path("count").asInt())
                        .as("%s %s", path, kind.getKey())
                        .isEqualTo(listed.size());
                assertThat(kind.getValue().path("outcome").asText())
                        .isEqualTo(manifest.path("kinds")
                                .path(kind.getKey())
                                .path("outcome")
                                .asText());
                listed.forEach(
                        id -> assertThat(ids).as("%s %s", path, kind.getKey()).contains(id.asText()));
            }
        }
    }

    @Test
    void idsAreUniqueWithinAFileExceptTheDeclaredDuplicatesWhichAppearExactlyTwice() throws IOException {
        for (String path : fileNames()) {
            JsonNode entry = manifest.path("files").path(path);
            Map<String, Long> occurrences = idsInFile(
                            path, entry.path("idField").asText())
                    .stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            Set<String> declared = new HashSet<>();
            entry.path("cases").path("duplicate-source-id").path("sourceIds").forEach(id -> declared.add(id.asText()));
            Set<String> twice = occurrences.entrySet().stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(twice).as(path).isEqualTo(declared);
            assertThat(occurrences.values())
                    .as(path)
                    .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2));
        }
    }

    @Test
    void statesTheExpectedOutcomeOfEveryKind() {
        Map<String, String> outcomes = new HashMap<>();
        manifest.path("kinds")
                .fields()
                .forEachRemaining(e ->
                        outcomes.put(e.getKey(), e.getValue().path("outcome").asText()));
        assertThat(outcomes)
                .containsEntry("bad-check-digit", "quarantined")
                .containsEntry("ten-digit-mobile", "quarantined")
                .containsEntry("future-birth-date", "quarantined")
                .containsEntry("missing-consent", "refused")
                .containsEntry("duplicate-source-id", "duplicate")
                .containsEntry("same-person-other-channel", "stored")
                .containsEntry("malformed-amount", "quarantined")
                .containsEntry("short-csv-row", "quarantined")
                .containsEntry("unknown-channel", "rejected");
        assertThat(manifest.path("files")
                        .path("unknown-channel.json")
                        .path("channel")
                        .asText())
                .isEqualTo("weibo");
        assertThat(manifest.path("files")
                        .path("unknown-channel.json")
                        .path("outcomes")
                        .path("rejected")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void totalsAddUpOverAllFiles() throws IOException {
        int records = 0;
        for (String path : fileNames()) {
            records += manifest.path("files").path(path).path("records").asInt();
        }
        assertThat(manifest.path("totals").path("records").asInt()).isEqualTo(records);
        assertThat(manifest.path("totals").path("files").asInt())
                .isEqualTo(fileNames().size());
        assertThat(manifest.path("settings").path("seed").asLong()).isEqualTo(42);
    }

    private List<String> fileNames() {
        List<String> names = new ArrayList<>();
        manifest.path("files").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<String> idsInFile(String path, String idField) throws IOException {
        if (path.endsWith(".csv")) {
            List<String> lines = samples.lines(path);
            int column = WrittenSamples.csvFields(lines.get(0)).indexOf(idField);
            return lines.subList(1, lines.size()).stream()
                    .map(line -> WrittenSamples.csvFields(line).get(column))
                    .toList();
        }
        return samples.records(path).stream()
                .map(record -> String.valueOf(record.get(idField)))
                .toList();
    }
}
