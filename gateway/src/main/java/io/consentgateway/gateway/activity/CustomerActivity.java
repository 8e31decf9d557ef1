package io.consentgateway.gateway.activity;

import io.consentgateway.policies.activity.Activity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders, sales and check-ins under the subject they were resolved to. Written in the ingest transaction, beside
 * the subject and its ledger row; an activity delivered twice is the same (channel, source id) and was already
 * reported as a duplicate before this is reached.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class CustomerActivity {

    private final JdbcClient jdbc;

    CustomerActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID subjectId, String channel, String sourceId, Activity activity, Instant receivedAt) {
        if (activity instanceof Activity.Purchase purchase) {
            jdbc.sql("""
                            insert into customer_order (channel, source_id, subject_id, amount, discount, ordered_at,
                                                        category, store_code, received_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            channel,
                            sourceId,
                            subjectId,
                            purchase.amount(),
                            purchase.discount(),
                            utc(purchase.occurredAt()),
                            purchase.category().orElse(null),
                            purchase.store().orElse(null),
                            utc(receivedAt))
                    .update();
        } else if (activity instanceof Activity.CheckIn checkIn) {
            jdbc.sql("""
                            insert into event_checkin (channel, source_id, subject_id, event_code, checked_in_at,
                                                       received_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            channel,
                            sourceId,
                            subjectId,
                            checkIn.eventCode(),
                            utc(checkIn.occurredAt()),
                            utc(receivedAt))
                    .update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Erasure (PIPL Art. 47): what the person did goes with who they were. */
    public int eraseFor(UUID subjectId) {
        return jdbc.sql("delete from customer_order where subject_id = ?")
                        .param(subjectId)
                        .update()
                + jdbc.sql("delete from event_checkin where subject_id = ?")
                        .param(subjectId)
                        .update();
    }
}
