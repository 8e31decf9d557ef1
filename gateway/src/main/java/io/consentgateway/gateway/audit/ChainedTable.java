package io.consentgateway.gateway.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The audit tables whose rows are chained (a trigger queues each new row), with how their ids are typed. Table names
 * come only from here, never from input, so they can be placed in SQL.
 */
enum ChainedTable {
    AUDIT_REVISION("audit_revision", "bigint"),
    AUDIT_EVENT("audit_event", "bigint"),
    CONSENT_EVENT("consent_event", "uuid");

    private final String table;
    private final String idType;

    ChainedTable(String table, String idType) {
        this.table = table;
        this.idType = idType;
    }

    String table() {
        return table;
    }

    /** The rows' canonical form: the database's own JSON rendering (key order and formats fixed by jsonb). */
    String canonicalRowsSql() {
        return "select t.id::text as id, to_jsonb(t)::text as canonical from " + table + " t where t.id = any(?::"
                + idType + "[])";
    }

    static Optional<ChainedTable> of(String table) {
        return Arrays.stream(values())
                .filter(chained -> chained.table.equals(table))
                .findFirst();
    }
}
