package io.consentgateway.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every text, JSON and bytea column of every table once and reports which columns contain any of the given
 * values in clear (as text, or as UTF-8 bytes inside binary columns). Findings name table and column, never the
 * value, so a failing test prints no personal data.
 */
public final class PlaintextScan {

    private final JdbcTemplate jdbc;

    public PlaintextScan(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> columnsContainingAnyOf(Collection<String> values) {
        Set<String> needles = new HashSet<>(values);
        Set<Integer> lengths = new HashSet<>();
        needles.forEach(needle -> lengths.add(needle.length()));
        List<String> findings = new ArrayList<>();
        for (Map<String, Object> column :
                jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns"
                        + " where table_schema = 'public'"
                        + " and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')")) {
            String name = column.get("table_name") + "." + column.get("column_name");
            boolean binary = "bytea".equals(column.get("data_type"));
            String select = "select \"" + column.get("column_name") + "\"" + (binary ? "" : "::text") + " from \""
                    + column.get("table_name") + "\"";
            boolean found = jdbc.query(select, rows -> {
                while (rows.next()) {
                    String text = binary ? utf8(rows.getBytes(1)) : rows.getString(1);
                    if (text != null && containsAny(text, needles, lengths)) {
                        return true;
                    }
                }
                return false;
            });
            if (found) {
                findings.add(name);
            }
        }
        return findings;
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean containsAny(String text, Set<String> needles, Set<Integer> lengths) {
        for (int length : lengths) {
            for (int start = 0; start + length <= text.length(); start++) {
                if (needles.contains(text.substring(start, start + length))) {
                    return true;
                }
            }
        }
        return false;
    }
}
