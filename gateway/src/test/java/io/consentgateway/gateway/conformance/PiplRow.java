package io.consentgateway.gateway.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A row of ../shared/PIPL.md as {@code pipl/articles.yaml} lists it: it applies (tests prove it), does not apply
 * ({@code why}), or is a known gap ({@code gap}).
 */
record PiplRow(String id, String law, String gateway, boolean applies, String why, String gap) {

    static List<PiplRow> all() {
        try (InputStream in = PiplRow.class.getResourceAsStream("/pipl/articles.yaml")) {
            List<Map<String, Object>> rows = new Yaml().load(in);
            return rows.stream().map(PiplRow::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PiplRow of(Map<String, Object> row) {
        return new PiplRow(
                (String) row.get("id"),
                (String) row.get("law"),
                (String) row.getOrDefault("gateway", ""),
                !Boolean.FALSE.equals(row.get("applies")),
                (String) row.get("why"),
                (String) row.get("gap"));
    }

    /** Applies and is expected to have tests (a known gap has none yet). */
    boolean needsTests() {
        return applies && gap == null;
    }
}
