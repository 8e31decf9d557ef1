package io.consentgateway.samples;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What expected.json says: the settings, every case kind with its outcome, and per file counts and ids. */
final class Manifest {

    private final SampleSet set;

    Manifest(SampleSet set) {
        this.set = set;
    }

    Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("generator", "consent-gateway-sample-data");
        content.put("settings", settings(set.settings()));
        content.put("kinds", kinds());
        content.put("totals", totals(set.files()));
        Map<String, Object> files = new LinkedHashMap<>();
        for (PayloadFile file : set.files()) {
            files.put(file.path(), file(file));
        }
        content.put("files", files);
        return content;
    }

    private static Map<String, Object> settings(Settings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("customers", settings.customers());
        values.put("seed", settings.seed());
        values.put("brokenShare", settings.brokenShare());
        values.put("referenceDate", settings.referenceDate().toString());
        return values;
    }

    private static Map<String, Object> kinds() {
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (CaseKind kind : CaseKind.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("outcome", kind.outcome().label());
            entry.put("description", kind.description());
            kinds.put(kind.label(), entry);
        }
        return kinds;
    }

    private static Map<String, Object> totals(List<PayloadFile> files) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        files.forEach(file ->
                file.expectedOutcomes().forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum)));
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("files", files.size());
        totals.put("records", files.stream().mapToInt(PayloadFile::recordCount).sum());
        totals.put("outcomes", labelled(outcomes));
        return totals;
    }

    private static Map<String, Object> file(PayloadFile file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("channel", file.channel());
        entry.put("idField", file.idField());
        entry.put("records", file.recordCount());
        entry.put("outcomes", labelled(file.expectedOutcomes()));
        Map<String, Object> cases = new LinkedHashMap<>();
        file.cases().forEach((kind, ids) -> {
            Map<String, Object> kindEntry = new LinkedHashMap<>();
            kindEntry.put("outcome", kind.outcome().label());
            kindEntry.put("count", ids.size());
            kindEntry.put("sourceIds", ids);
            cases.put(kind.label(), kindEntry);
        });
        entry.put("cases", cases);
        return entry;
    }

    private static Map<String, Object> labelled(Map<Outcome, Integer> outcomes) {
        Map<String, Object> labelled = new LinkedHashMap<>();
        outcomes.forEach((outcome, count) -> labelled.put(outcome.label(), count));
        return labelled;
    }
}
