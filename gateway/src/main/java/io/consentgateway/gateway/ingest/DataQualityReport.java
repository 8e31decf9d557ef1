package io.consentgateway.gateway.ingest;

import io.consentgateway.api.model.ChannelQuality;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data-quality report from the outcome ledger: per channel, how many records were accepted as sent, accepted
 * after cleaning (and which fields were corrected, standardised, completed), or quarantined (and why). Counted in
 * SQL; only the distinct cleaning summaries and reason codes come back.
 */
@Component
class DataQualityReport {

    private static final Instant EVER = Instant.EPOCH;

    private final JdbcClient jdbc;

    DataQualityReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChannelQuality> since(Instant since) {
        OffsetDateTime from = (since == null ? EVER : since).atOffset(ZoneOffset.UTC);
        Map<String, ChannelQuality> byChannel = new TreeMap<>();
        jdbc.sql("""
                        select channel, quality, quality_detail, count(*) as records from ingest_outcome
                        where outcome = 'stored' and superseded_by is null and recorded_at >= ?
                        group by channel, quality, quality_detail""")
                .param(from)
                .query((row, number) -> {
                    ChannelQuality channel = of(byChannel, row.getString("channel"));
                    long records = row.getLong("records");
                    if ("valid".equals(row.getString("quality"))) {
                        channel.setValid(channel.getValid() + records);
                    } else {
                        channel.setCorrected(channel.getCorrected() + records);
                        countFields(channel, row.getString("quality_detail"), records);
                    }
                    return null;
                })
                .list();
        jdbc.sql("""
                        select channel, split_part(reason, ':', 1) as code, count(*) as records from ingest_outcome
                        where outcome = 'quarantined' and superseded_by is null and recorded_at >= ?
                        group by channel, split_part(reason, ':', 1)""")
                .param(from)
                .query((row, number) -> {
                    ChannelQuality channel = of(byChannel, row.getString("channel"));
                    long records = row.getLong("records");
                    channel.setQuarantined(channel.getQuarantined() + records);
                    channel.getQuarantineReasons().merge(row.getString("code"), records, Long::sum);
                    return null;
                })
                .list();
        byChannel.values().forEach(channel -> {
            long checked = channel.getValid() + channel.getCorrected() + channel.getQuarantined();
            channel.setChecked(checked);
            channel.setAcceptedShare(
                    checked == 0 ? 1.0 : (double) (channel.getValid() + channel.getCorrected()) / checked);
        });
        return List.copyOf(byChannel.values());
    }

    private static ChannelQuality of(Map<String, ChannelQuality> byChannel, String channel) {
        return byChannel.computeIfAbsent(
                channel,
                name -> new ChannelQuality(
                        name, 0L, 0L, 0L, 0L, 0.0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
    }

    /** Detail like {@code corrected=mobile;standardised=birthDate,gender;completed=province}. */
    private static void countFields(ChannelQuality channel, String detail, long records) {
        if (detail == null) {
            return;
        }
        for (String part : detail.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            Map<String, Long> counts = switch (part.substring(0, equals)) {
                case "corrected" -> channel.getCorrections();
                case "standardised" -> channel.getStandardisations();
                case "completed" -> channel.getCompletions();
                default -> null;
            };
            if (counts != null) {
                for (String field : part.substring(equals + 1).split(",")) {
                    counts.merge(field, records, Long::sum);
                }
            }
        }
    }
}
