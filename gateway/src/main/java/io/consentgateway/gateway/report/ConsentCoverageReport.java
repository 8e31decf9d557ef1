package io.consentgateway.gateway.report;

import io.consentgateway.api.model.ConsentCoverage;
import io.consentgateway.api.model.PurposeCoverage;
import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.consent.PurposeDefinition;
import io.consentgateway.policies.notice.NoticeHistory;
import io.consentgateway.routes.pipeline.NoticeHistorySource;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per purpose, how the current (not erased) customers stand in the consent ledger: granting, withdrawn or never
 * asked, by the latest choice per customer and purpose (per recipient, for per-recipient purposes: granting when
 * any recipient's latest choice grants); and of those granting, how many under a notice version older than the
 * purpose's material version, the staleness rule of the ledger and the customer's own view (PIPL Art. 14).
 */
@Component
class ConsentCoverageReport {

    /*
     * One statement, one snapshot. It tallies customers by (purpose, granting, oldest notice version granted under)
     * rather than applying the staleness rule in SQL: a handful of rows come back, whatever the number of customers.
     * The recipient-less latest choices come straight from the covering index consent_event_latest (V20), in its
     * order; only the few per-recipient choices are sorted. Erased customers are few next to current ones, so they
     * are the side of the join that is hashed. The last row (no purpose) is the number of current customers.
     */
    private static final String TALLY = """
            with latest as (
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
                select subject_id, purpose, false as per_recipient, granted as granting,
                       case when granted then notice_version end as granted_under
                  from latest
                union all
                select subject_id, purpose, true, bool_or(granted), min(notice_version) filter (where granted)
                  from latest_per_recipient
                 group by subject_id, purpose
            )
            select st.purpose, st.per_recipient, st.granting, st.granted_under, count(*) as customers
              from standing st
             where not exists (select 1 from subject_key k where k.subject_id = st.subject_id and k.wrapped_key is null)
             group by 1, 2, 3, 4
            union all
            select null, null, null, null, count(*) from subject_key k where k.wrapped_key is not null""";

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
        NoticeHistory history = notices.history();
        List<Tally> tallies = jdbc.sql(TALLY)
                .query((row, number) -> new Tally(
                        row.getString("purpose"),
                        row.getBoolean("per_recipient"),
                        row.getBoolean("granting"),
                        row.getObject("granted_under", Integer.class),
                        row.getLong("customers")))
                .list();
        long subjects = tallies.stream()
                .filter(tally -> tally.purpose() == null)
                .mapToLong(Tally::customers)
                .sum();
        List<PurposeCoverage> purposes = new ArrayList<>();
        catalogue.all().stream()
                .sorted(Comparator.comparing(definition -> definition.purpose().name()))
                .forEach(definition -> purposes.add(coverage(definition, tallies, subjects, history)));
        return new ConsentCoverage(clock.instant().atOffset(ZoneOffset.UTC), subjects, purposes);
    }

    private static PurposeCoverage coverage(
            PurposeDefinition definition, List<Tally> tallies, long subjects, NoticeHistory history) {
        Purpose purpose = definition.purpose();
        long granted = 0;
        long withdrawn = 0;
        long stale = 0;
        for (Tally tally : tallies) {
            if (!purpose.name().equals(tally.purpose()) || tally.perRecipient() != definition.perRecipient()) {
                continue;
            }
            if (!tally.granting()) {
                withdrawn += tally.customers();
                continue;
            }
            granted += tally.customers();
            if (tally.grantedUnder() < history.materialVersionFor(purpose)) {
                stale += tally.customers();
            }
        }
        return new PurposeCoverage(
                purpose.name(),
                PurposeCoverage.ConsentEnum.fromValue(definition.consent().configName()),
                granted,
                withdrawn,
                stale,
                subjects - granted - withdrawn);
    }

    /** Customers of one purpose in one standing; for granting ones, the oldest notice version granted under. */
    private record Tally(
            String purpose, boolean perRecipient, boolean granting, Integer grantedUnder, long customers) {}
}
