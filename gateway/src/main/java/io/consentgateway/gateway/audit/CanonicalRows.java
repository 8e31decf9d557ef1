package io.consentgateway.gateway.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit rows in the canonical form the chain hashes, fetched a batch at a time. The chainer and the verifier must
 * read them identically, so both read them here (inside a transaction prepared by
 * {@link AuditChainHashing#canonicalSession}).
 */
final class CanonicalRows {

    private CanonicalRows() {}

    /** @return canonical row by {@link #key(String, String)}; rows that no longer exist are absent */
    static Map<String, String> load(JdbcTemplate jdbc, Map<String, List<String>> idsBySource) {
        Map<String, String> canonical = new HashMap<>();
        idsBySource.forEach((source, ids) -> ChainedTable.of(source)
                .ifPresent(table -> jdbc.query(
                        table.canonicalRowsSql(),
                        rs -> {
                            canonical.put(key(source, rs.getString("id")), rs.getString("canonical"));
                        },
                        (Object) ids.toArray(String[]::new))));
        return canonical;
    }

    static String key(String source, String sourceId) {
        return source + "/" + sourceId;
    }
}
