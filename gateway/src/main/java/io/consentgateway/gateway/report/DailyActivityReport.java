package io.consentgateway.gateway.report;

import io.consentgateway.api.model.ActivityReport;
import io.consentgateway.api.model.DailyActivity;
import io.consentgateway.api.model.DailyActivityIngest;
import io.consentgateway.api.model.DailyActivityRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records ingested by outcome and data-subject requests per local calendar day, in one statement. Ingest counts the
 * outcome ledger as {@code GET /api/v1/ingest/stats} does: rows a replay superseded are left out, so a replayed
 * record counts once, with its final outcome, on the day of that outcome. Requests count on the day received, and
 * on the day completed or refused.
 */
@Component
class DailyActivityReport {

    private static final String COUNTS = """
            select cast(recorded_at at time zone :zone as date) as day, 'ingest' as area, outcome as kind,
                   count(*) as n
              from ingest_outcome
             where superseded_by is null and recorded_at >= :start and recorded_at < :end
             group by 1, 3
            union all
            select cast(received_at at time zone :zone as date), 'requests', 'received', count(*)
              from dsr_request
             where received_at >= :start and received_at < :end
             group by 1
            union all
            select cast(completed_at at time zone :zone as date), 'requests', state, count(*)
              from dsr_request
             where state in ('completed', 'refused') and completed_at >= :start and completed_at < :end
             group by 1, 3""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    DailyActivityReport(
            JdbcClient jdbc, Clock clock, @Value("${gateway.ingest.local-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    ActivityReport over(ReportRange range) {
        Map<LocalDate, DailyActivity> byDay = new LinkedHashMap<>();
        range.days().forEach(day -> byDay.put(day, emptyDay(day)));
        jdbc.sql(COUNTS)
                .param("zone", zone.getId())
                .param("start", range.from().atStartOfDay(zone).toOffsetDateTime())
                .param("end", range.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query((row, number) -> {
                    DailyActivity day = byDay.get(row.getObject("day", LocalDate.class));
                    count(day, row.getString("area"), row.getString("kind"), row.getLong("n"));
                    return null;
                })
                .list();
        return new ActivityReport(zone.getId(), List.copyOf(byDay.values()));
    }

    private static void count(DailyActivity day, String area, String kind, long n) {
        if ("ingest".equals(area)) {
            DailyActivityIngest ingest = day.getIngest();
            ingest.setReceived(ingest.getReceived() + n);
            switch (kind) {
                case "stored" -> ingest.setStored(n);
                case "duplicate" -> ingest.setDuplicate(n);
                case "quarantined" -> ingest.setQuarantined(n);
                case "refused" -> ingest.setRefused(n);
                default -> throw new IllegalStateException("unknown ingest outcome " + kind);
            }
            return;
        }
        DailyActivityRequests requests = day.getRequests();
        switch (kind) {
            case "received" -> requests.setReceived(n);
            case "completed" -> requests.setCompleted(n);
            case "refused" -> requests.setRefused(n);
            default -> throw new IllegalStateException("unknown request count " + kind);
        }
    }

    private static DailyActivity emptyDay(LocalDate day) {
        return new DailyActivity(
                day, new DailyActivityIngest(0L, 0L, 0L, 0L, 0L), new DailyActivityRequests(0L, 0L, 0L));
    }
}
