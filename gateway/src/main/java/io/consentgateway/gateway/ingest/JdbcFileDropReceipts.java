package io.consentgateway.gateway.ingest;

import io.consentgateway.routes.filedrop.FileDropReceipts;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Receipts of dropped files in PostgreSQL, shared by every gateway instance watching the same drop directory. */
@Component
class JdbcFileDropReceipts implements FileDropReceipts {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcFileDropReceipts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean begin(String channel, String digest, String fileName, Instant arrivedAt) {
        jdbc.sql("""
                        insert into file_drop_receipt (channel, digest, file_name, arrived_at, started_at)
                        values (?, ?, ?, ?, ?) on conflict (channel, digest) do nothing""")
                .params(channel, digest, fileName, utc(arrivedAt), utc(clock.instant()))
                .update();
        return jdbc.sql("select completed_at is null from file_drop_receipt where channel = ? and digest = ?")
                .params(channel, digest)
                .query(Boolean.class)
                .single();
    }

    @Override
    public void complete(String channel, String digest, long rows) {
        jdbc.sql("update file_drop_receipt set completed_at = ?, rows = ? where channel = ? and digest = ?")
                .params(utc(clock.instant()), rows, channel, digest)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
