package io.consentgateway.gateway.report;

import io.consentgateway.api.model.ConsentCoverage;
import io.consentgateway.api.model.PurposeCoverage;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per purpose, how the current (not erased) customers stand in the consent ledger, counted in one statement over
 * the latest choice per customer and purpose (per recipient, for per-recipient purposes): granting, withdrawn, never
 * asked; and of those granting, how many under a notice version older than the purpose's material version — the
 * stale rule the ledger, the customer's own view and ProcessingDecision apply (PIPL Art. 14).
 */
@Component
class ConsentCoverageReport {

    /*
     * The latest choice without a recipient comes straight from the covering index consent_event_latest (V20), in
     * its order; only the few per-recipient choices are sorted. A per-recipient purpose is granted when any
     * recipient's latest choice grants, and stale when any such grant is.
     */
    private static final String COUNTS = """
            with terms as (
                select * from unnest(cast(:purposes as varchar[]), cast(:materialVersions as integer[]),
                                     cast(:perRecipient as boolean[])) as t (purpose, material_version, per_recipient)
            ),
            current_subject as (
                select k.subject_id from subject_key k join subject s on s.id = k.subject_id
                 where k.wrapped_key is not null
            ),
            latest as (
                select distinct on (c.subject_id, c.purpose) c.subject_id, c.purpose, c.granted, c.notice_version
                  from consent_event c
                 where c.recipient is null
                 order by c.subject_id, c.purpose, c.recorded_at desc
            ),
            latest_per_recipient as (
                select distinct on (c.subject_id, c.purpose, c.recipient) c.subject_id, c.purpose, c.granted,
                       c.notice_version
                  from consent_event c
                 where c.recipient is not null
                 order by c.subject_id, c.purpose, c.recipient, c.recorded_at desc
            ),
            standing as (
                select l.subject_id, l.purpose, l.granted as granting,
                       l.granted and l.notice_version < t.material_version as stale
                  from latest l join terms t on t.purpose = l.purpose and not t.per_recipient
                union all
                select l.subject_id, l.purpose, bool_or(l.granted),
                       bool_or(l.granted and l.notice_version < t.material_version)
                  from latest_per_recipient l join terms t on t.purpose = l.purpose and t.per_recipient
                 group by l.subject_id, l.purpose
            )
            select t.purpose,
                   count(cs.subject_id) filter (where st.granting) as granted,
                   count(cs.subject_id) filter (where not st.granting) as withdrawn,
                   count(cs.subject_id) filter (where st.stale) as stale,
                   (select count(*) from current_subject) as subjects
              from terms t
              left join standing st on st.purpose = t.purpose
              left join current_subject cs on cs.subject_id = st.subject_id
             group by t.purpose""";

    private final JdbcClient jdbc;
    private final PurposeCatalogue catalogue;
    private final NoticeHistorySource notices;
    private final Clock clock;

    ConsentCoverageReport(JdbcClient jdbc, PurposeCatalogue catalogue, NoticeHistorySource notices, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.notices = notices;
        this.clock = clock;
    }

    ConsentCoverage now() {
        List<PurposeDefinition> purposes = catalogue.all().stream()
                .sorted(Comparator.comparing(definition -> definition.purpose().name()))
                .toList();
        Map<String, Counts> counts = count(purposes, notices.history());
        long subjects =
                counts.values().stream().mapToLong(Counts::subjects).max().orElse(0);
        return new ConsentCoverage(
                clock.instant().atOffset(ZoneOffset.UTC),
                subjects,
                purposes.stream()
                        .map(definition ->
                                counts.get(definition.purpose().name()).toApi(definition, subjects))
                        .toList());
    }

    private Map<String, Counts> count(List<PurposeDefinition> purposes, NoticeHistory history) {
        Map<String, Counts> byPurpose = new HashMap<>();
        jdbc.sql(COUNTS)
                .param(
                        "purposes",
                        purposes.stream().map(p -> p.purpose().name()).toArray(String[]::new))
                .param(
                        "materialVersions",
                        purposes.stream()
                                .map(p -> history.materialVersionFor(p.purpose()))
                                .toArray(Integer[]::new))
                .param(
                        "perRecipient",
                        purposes.stream().map(PurposeDefinition::perRecipient).toArray(Boolean[]::new))
                .query((row, number) -> byPurpose.put(
                        row.getString("purpose"),
                        new Counts(
                                row.getLong("subjects"),
                                row.getLong("granted"),
                                row.getLong("withdrawn"),
                                row.getLong("stale"))))
                .list();
        return byPurpose;
    }

    private record Counts(long subjects, long granted, long withdrawn, long stale) {

        PurposeCoverage toApi(PurposeDefinition definition, long subjects) {
            return new PurposeCoverage(
                    definition.purpose().name(),
                    PurposeCoverage.ConsentEnum.fromValue(definition.consent().configName()),
                    granted,
                    withdrawn,
                    stale,
                    subjects - granted - withdrawn);
        }
    }
}
