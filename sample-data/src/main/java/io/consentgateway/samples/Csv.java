package io.consentgateway.samples;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 fields: quoted only when they hold a comma, a quote or a line break ("12,5元" does). */
final class Csv {

    private Csv() {}

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
