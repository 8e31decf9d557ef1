package io.consentgateway.gateway.dsr;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The development notifier: messages go to the {@code notification_outbox} table (where a test or a developer reads
 * the code), never to the log.
 */
@Component
class OutboxNotifier implements Notifier {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutboxNotifier(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(UUID subjectId, String kind, String message) {
        jdbc.update(
                "insert into notification_outbox (subject_id, kind, message, created_at) values (?, ?, ?, ?)",
                subjectId,
                kind,
                message,
                Timestamp.from(clock.instant()));
    }
}
