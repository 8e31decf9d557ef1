package io.consentgateway.gateway.retention;

import io.consentgateway.policies.consent.ConsentRecord;
import io.consentgateway.policies.consent.LegalBasis;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.retention.LegalHold;
import io.consentgateway.policies.retention.RetentionFacts;
import io.consentgateway.policies.retention.RetentionRule;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the subjects that may be past retention next to the data, never loading every subject: a live data key, no
 * legal hold in force, no consent in force, and no consent grant or order after the rule's cut. Each candidate is
 * then judged by {@link RetentionRule} on its own facts, which are loaded here.
 */
@Repository
class RetentionCandidates {

    private static final UUID BEFORE_EVERY_SUBJECT = new UUID(0, 0);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    // :id is the subject examined; the cut and the hold day come from the rule and asOf
    private static final String MAY_BE_PAST_RETENTION = """
            exists (select 1 from subject_key k where k.subject_id = :id and k.wrapped_key is not null)
            and not exists (select 1 from legal_hold h
                            where h.subject_id = :id and (h.until is null or h.until >= :holdDay))
            and not exists (select 1 from consent_event e
                            where e.subject_id = :id and e.granted and e.recorded_at > :cut
                              and e.purpose in (:consentPurposes))
            and not exists (select 1 from (select distinct on (e.purpose, e.recipient) e.granted
                                           from consent_event e
                                           where e.subject_id = :id and e.purpose in (:consentPurposes)
                                           order by e.purpose, e.recipient, e.recorded_at desc) latest
                            where latest.granted)""";
    private static final String NO_RECENT_ORDER =
            "\nand not exists (select 1 from customer_order o where o.subject_id = :id and o.ordered_at > :cut)";

    private final JdbcClient jdbc;
    private final RetentionRule rule;
    private final List<String> consentPurposes;
    private final boolean ordersJustify;

    RetentionCandidates(JdbcClient jdbc, RetentionRule rule, PurposeCatalogue catalogue) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.consentPurposes = catalogue.all().stream()
                .filter(purpose -> purpose.legalBasis().needsConsent())
                .map(purpose -> purpose.purpose().name())
                .toList();
        this.ordersJustify =
                catalogue.all().stream().map(PurposeDefinition::legalBasis).anyMatch(LegalBasis.CONTRACT::equals);
    }

    /** One examined subject of a batch, and whether it may be past retention. */
    record Examined(UUID subjectId, boolean candidate) {}

    /** The next {@code size} subjects after {@code after} in id order, each marked. */
    List<Examined> nextBatch(Optional<UUID> after, int size, Instant asOf) {
        String sql = "with batch as (select id from subject where id > :after order by id limit :size)\n"
                + "select b.id, " + condition("b.id") + " as candidate from batch b order by b.id";
        return jdbc.sql(sql)
                .params(parameters(asOf))
                .param("after", after.orElse(BEFORE_EVERY_SUBJECT))
                .param("size", size)
                .query((rs, i) -> new Examined(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list();
    }

    /** Every subject that may be past retention as of {@code asOf}; few where the purge keeps up. */
    List<UUID> all(Instant asOf) {
        return jdbc.sql("select s.id from subject s where " + condition("s.id") + " order by s.id")
                .params(parameters(asOf))
                .query(UUID.class)
                .list();
    }

    RetentionFacts factsOf(UUID subjectId) {
        List<ConsentRecord> consents = jdbc.sql("""
                        select purpose, recipient, granted, notice_version, recorded_at, by_guardian
                        from consent_event where subject_id = ?""")
                .param(subjectId)
                .query((rs, i) -> new ConsentRecord(
                        new Purpose(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)),
                        rs.getBoolean(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getBoolean(6)))
                .list();
        Optional<Instant> latestOrder = jdbc.sql("select max(ordered_at) from customer_order where subject_id = ?")
                .param(subjectId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
        Instant lastActivity =
                jdbc.sql("""
                        select greatest(s.created_at, s.updated_at,
                                        (select max(o.ordered_at) from customer_order o where o.subject_id = s.id),
                                        (select max(c.checked_in_at) from event_checkin c where c.subject_id = s.id))
                        from subject s where s.id = ?""").param(subjectId).query(Timestamp.class).single().toInstant();
        Optional<LegalHold> hold = jdbc.sql("select until from legal_hold where subject_id = ?")
                .param(subjectId)
                .query((rs, i) ->
                        new LegalHold(Optional.ofNullable(rs.getDate(1)).map(java.sql.Date::toLocalDate)))
                .optional();
        return new RetentionFacts(consents, latestOrder, lastActivity, hold);
    }

    private String condition(String subjectColumn) {
        return "(" + (MAY_BE_PAST_RETENTION + (ordersJustify ? NO_RECENT_ORDER : "")).replace(":id", subjectColumn)
                + ")";
    }

    private Map<String, Object> parameters(Instant asOf) {
        return Map.of(
                "cut", rule.noBasisEventAfter(asOf).atOffset(ZoneOffset.UTC),
                "holdDay", LocalDate.ofInstant(asOf, BEIJING),
                "consentPurposes", consentPurposes);
    }
}
