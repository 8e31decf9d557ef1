package io.consentgateway.gateway.segment;

import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentRule;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ActivePurposes;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is in a segment, in SQL over the tags: the rule's conditions, and a legal basis for the segment's purpose —
 * for a consent-based purpose the customer's latest choice for it is a grant under a notice still current for the
 * purpose (by a guardian for a minor, PIPL Art. 31), for a personalised purpose no opt-out (Art. 24); erased and
 * restricted customers never (Art. 47).
 */
@Component
public class SegmentMembership {

    /** "Active" in the documents: at least 3 interactions a month on average, over the last 90 days. */
    static final int ACTIVE_INTERACTIONS_90D = 9;

    private static final String DISCOUNT_SENSITIVE_SHARE = "0.5";

    private final JdbcClient jdbc;
    private final PurposeCatalogue purposes;
    private final NoticeHistorySource notices;
    private final ActivePurposes active;
    private final Clock clock;

    SegmentMembership(
            JdbcClient jdbc,
            PurposeCatalogue purposes,
            NoticeHistorySource notices,
            ActivePurposes active,
            Clock clock) {
        this.jdbc = jdbc;
        this.purposes = purposes;
        this.notices = notices;
        this.active = active;
        this.clock = clock;
    }

    record Member(UUID subjectId, String valueTier, String lifecycleTier) {}

    record Page(long total, List<Member> members) {}

    Page members(Segment segment, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String from = from(segment, params);
        long total = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Member> members = jdbc.sql("select t.subject_id, t.value_tier, t.lifecycle_tier " + from
                        + " order by t.subject_id limit :limit offset :offset")
                .params(params)
                .query((row, number) -> new Member(
                        row.getObject("subject_id", UUID.class),
                        row.getString("value_tier"),
                        row.getString("lifecycle_tier")))
                .list();
        return new Page(total, members);
    }

    /** Member counts per value of one tag column ({@code value_tier}, {@code province}, ...), nulls as "unknown". */
    Map<String, Long> countsBy(Segment segment, String column) {
        if (!List.of("value_tier", "lifecycle_tier", "province", "preferred_channel")
                .contains(column)) {
            throw new IllegalArgumentException("not a breakdown column: " + column);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select coalesce(t." + column + ", 'unknown') as value, count(*) as members " + from(segment, params)
                        + " group by 1 order by 1")
                .params(params)
                .query((row, number) -> counts.put(row.getString("value"), row.getLong("members")))
                .list();
        return counts;
    }

    public long count(Segment segment) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) " + from(segment, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private String from(Segment segment, Map<String, Object> params) {
        Purpose purpose = new Purpose(segment.getPurpose());
        // PIPL Art. 55: a purpose not in operation has no members to read or export
        if (!active.isActive(purpose)) {
            throw new FieldProblem(
                    HttpStatus.CONFLICT,
                    "purpose",
                    "Purpose " + purpose + " is not in operation (purpose-inactive:" + purpose + ")");
        }
        List<String> where = new ArrayList<>();
        where.add("not s.restricted");
        rule(segment.getRule() == null ? new SegmentRule() : segment.getRule(), where, params);
        legalBasis(purposes.find(purpose).orElseThrow(), where, params);
        return """
                from customer_tags t
                join subject s on s.id = t.subject_id
                join subject_key k on k.subject_id = t.subject_id and k.wrapped_key is not null
                where
                """ + String.join(" and ", where);
    }

    private void rule(SegmentRule rule, List<String> where, Map<String, Object> params) {
        anyOf(where, params, "t.value_tier", "valueTiers", rule.getValueTiers());
        anyOf(where, params, "t.lifecycle_tier", "lifecycleTiers", rule.getLifecycleTiers());
        anyOf(
                where,
                params,
                "t.age_band",
                "ageBands",
                rule.getAgeBands() == null
                        ? null
                        : rule.getAgeBands().stream().map(Object::toString).toList());
        anyOf(
                where,
                params,
                "t.gender",
                "genders",
                rule.getGenders() == null
                        ? null
                        : rule.getGenders().stream().map(Object::toString).toList());
        anyOf(where, params, "t.province", "provinces", rule.getProvinces());
        anyOf(where, params, "t.city", "cities", rule.getCities());
        anyOf(where, params, "t.top_category", "topCategories", rule.getTopCategories());
        anyOf(where, params, "t.preferred_channel", "preferredChannels", rule.getPreferredChannels());
        if (rule.getScenes() != null && !rule.getScenes().isEmpty()) {
            where.add("t.scenes && cast(:scenes as varchar[])");
            params.put("scenes", rule.getScenes().toArray(String[]::new));
        }
        if (rule.getDiscountSensitive() != null) {
            where.add((rule.getDiscountSensitive() ? "" : "not ") + "coalesce(t.discount_share, 0) >= "
                    + DISCOUNT_SENSITIVE_SHARE);
        }
        if (rule.getActive() != null) {
            where.add((rule.getActive() ? "" : "not ") + "t.interactions_90d >= " + ACTIVE_INTERACTIONS_90D);
        }
        if (rule.getLastSeenWithinDays() != null) {
            where.add("t.last_seen_at >= :seenSince");
            params.put(
                    "seenSince",
                    OffsetDateTime.ofInstant(
                            clock.instant().minus(rule.getLastSeenWithinDays(), ChronoUnit.DAYS), ZoneOffset.UTC));
        }
    }

    private static void anyOf(
            List<String> where, Map<String, Object> params, String column, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            where.add(column + " = any(:" + name + ")");
            params.put(name, values.toArray(String[]::new));
        }
    }

    private void legalBasis(PurposeDefinition purpose, List<String> where, Map<String, Object> params) {
        if (purpose.legalBasis().needsConsent()) {
            params.put("purpose", purpose.purpose().name());
            int material = notices.history().materialVersionFor(purpose.purpose());
            // a purpose no notice ever described has no informed consent at all (Art. 17)
            params.put("minNotice", material == 0 ? Integer.MAX_VALUE : material);
            where.add("""
                    exists (select 1 from (select c.granted, c.notice_version, c.by_guardian from consent_event c
                                           where c.subject_id = t.subject_id and c.purpose = :purpose
                                             and c.recipient is null
                                           order by c.recorded_at desc limit 1) latest
                            where latest.granted and latest.notice_version >= :minNotice
                              and (not s.minor or latest.by_guardian))""");
        }
        if (purpose.personalised()) {
            where.add("not s.personalised_marketing_opt_out");
        }
    }
}
