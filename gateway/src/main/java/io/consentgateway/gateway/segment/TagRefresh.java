package io.consentgateway.gateway.segment;

import io.consentgateway.policies.segment.AgeBand;
import io.consentgateway.policies.segment.RfmScheme;
import io.consentgateway.policies.segment.RfmTierRule;
import io.consentgateway.policies.segment.SceneRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every customer's tags in one SQL statement next to the data (never loading customers into the JVM):
 * RFM figures and both tierings, average order value, discount sensitivity, top category, preferred channel,
 * interactions in 90 days, last seen, age band, region, scene tags. Runs every {@code gateway.segments.refresh-every}
 * (at most 12 hours, so behaviour tags are never older) and on demand. Recency is counted in Beijing dates.
 */
@Component
public class TagRefresh {

    private static final Logger log = LoggerFactory.getLogger(TagRefresh.class);
    private static final int RECENT_DAYS = 90;

    private final JdbcClient jdbc;
    private final SegmentProperties settings;
    private final Clock clock;
    private final ZoneId localZone;

    TagRefresh(
            JdbcClient jdbc,
            SegmentProperties settings,
            Clock clock,
            @Value("${gateway.ingest.local-zone:Asia/Shanghai}") ZoneId localZone) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.localZone = localZone;
    }

    // soon after a start too: tags survive restarts in their table but must not outlive refresh-every by much
    @Scheduled(fixedDelayString = "${gateway.segments.refresh-every:PT12H}", initialDelayString = "PT1M")
    void scheduled() {
        refresh();
    }

    /** @return how many customers have tags now */
    @Transactional
    public int refresh() {
        Instant now = clock.instant();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", utc(now));
        params.put("today", LocalDate.ofInstant(now, localZone));
        params.put("zone", localZone.getId());
        params.put("windowStart", utc(now.minus(settings.rfmWindowDays(), ChronoUnit.DAYS)));
        params.put("recentStart", utc(now.minus(RECENT_DAYS, ChronoUnit.DAYS)));
        params.put("year", LocalDate.ofInstant(now, localZone).getYear());
        List<SceneRule> scenes = settings.sceneRules();
        String sql = """
                with o as (
                    select subject_id,
                           max(ordered_at) as last_order_at,
                           :today - (max(ordered_at) at time zone :zone)::date as recency_days,
                           count(*) filter (where ordered_at >= :windowStart) as frequency,
                           coalesce(sum(amount) filter (where ordered_at >= :windowStart), 0) as monetary,
                           round(avg(amount), 2) as avg_order_value,
                           round(avg(case when discount > 0 then 1 else 0 end), 4) as discount_share,
                           mode() within group (order by category) as top_category,
                           count(*) filter (where ordered_at >= :recentStart) as orders_recent
                           %s
                    from customer_order group by subject_id),
                c as (
                    select subject_id,
                           count(*) filter (where checked_in_at >= :recentStart) as checkins_recent,
                           max(checked_in_at) as last_checkin_at
                    from event_checkin group by subject_id),
                src as (
                    select subject_id,
                           mode() within group (order by channel) as preferred_channel,
                           max(received_at) as last_received_at
                    from channel_source group by subject_id)
                insert into customer_tags (subject_id, computed_at, last_order_at, recency_days, frequency, monetary,
                    value_tier, lifecycle_tier, avg_order_value, discount_share, top_category, preferred_channel,
                    interactions_90d, last_seen_at, age_band, gender, province, city, scenes)
                select s.id, :now, o.last_order_at, o.recency_days, coalesce(o.frequency, 0), coalesce(o.monetary, 0),
                       %s, %s, o.avg_order_value, o.discount_share, o.top_category, src.preferred_channel,
                       coalesce(o.orders_recent, 0) + coalesce(c.checkins_recent, 0),
                       greatest(o.last_order_at, c.last_checkin_at, src.last_received_at),
                       %s, s.gender, s.province, s.city, %s
                from subject s
                join subject_key k on k.subject_id = s.id and k.wrapped_key is not null
                left join o on o.subject_id = s.id
                left join c on c.subject_id = s.id
                left join src on src.subject_id = s.id
                left join subject_trait t on t.subject_id = s.id
                on conflict (subject_id) do update set computed_at = excluded.computed_at,
                    last_order_at = excluded.last_order_at, recency_days = excluded.recency_days,
                    frequency = excluded.frequency, monetary = excluded.monetary, value_tier = excluded.value_tier,
                    lifecycle_tier = excluded.lifecycle_tier, avg_order_value = excluded.avg_order_value,
                    discount_share = excluded.discount_share, top_category = excluded.top_category,
                    preferred_channel = excluded.preferred_channel, interactions_90d = excluded.interactions_90d,
                    last_seen_at = excluded.last_seen_at, age_band = excluded.age_band, gender = excluded.gender,
                    province = excluded.province, city = excluded.city, scenes = excluded.scenes""".formatted(
                        sceneCounts(scenes, now, params),
                        tierCase(settings.value(), "v", params),
                        tierCase(settings.lifecycle(), "l", params),
                        ageBandCase(params),
                        sceneArray(scenes, params));
        int tagged = jdbc.sql(sql).params(params).update();
        int dropped = jdbc.sql("""
                        delete from customer_tags t using subject_key k
                        where k.subject_id = t.subject_id and k.wrapped_key is null""").update();
        log.info("Tags recomputed for {} customers ({} erased customers' tags removed)", tagged, dropped);
        return tagged;
    }

    private static String tierCase(RfmScheme scheme, String prefix, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("case when o.subject_id is null then null");
        List<RfmTierRule> tiers = scheme.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            RfmTierRule tier = tiers.get(i);
            String name = prefix + i;
            List<String> conditions = new ArrayList<>();
            bound(conditions, params, "o.recency_days <= :" + name + "maxR", name + "maxR", tier.maxRecencyDays());
            bound(conditions, params, "o.recency_days >= :" + name + "minR", name + "minR", tier.minRecencyDays());
            bound(conditions, params, "o.frequency >= :" + name + "minF", name + "minF", tier.minFrequency());
            bound(conditions, params, "o.frequency <= :" + name + "maxF", name + "maxF", tier.maxFrequency());
            bound(conditions, params, "o.monetary >= :" + name + "minM", name + "minM", tier.minMonetary());
            params.put(name + "tier", tier.tier());
            sql.append(" when ")
                    .append(String.join(" and ", conditions))
                    .append(" then cast(:")
                    .append(name)
                    .append("tier as varchar)");
        }
        params.put(prefix + "otherwise", scheme.otherwise());
        return sql.append(" else cast(:")
                .append(prefix)
                .append("otherwise as varchar) end")
                .toString();
    }

    private static void bound(
            List<String> conditions, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
    }

    private static String ageBandCase(Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("case when t.birth_year is null then null");
        for (AgeBand band : AgeBand.values()) {
            String name = "age" + band.ordinal();
            params.put(name + "from", band.from());
            params.put(name + "label", band.label());
            sql.append(" when :year - t.birth_year >= :").append(name).append("from");
            if (band.to() != Integer.MAX_VALUE) {
                params.put(name + "to", band.to());
                sql.append(" and :year - t.birth_year <= :").append(name).append("to");
            }
            sql.append(" then cast(:").append(name).append("label as varchar)");
        }
        return sql.append(" end").toString();
    }

    private static String sceneCounts(List<SceneRule> scenes, Instant now, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < scenes.size(); i++) {
            SceneRule scene = scenes.get(i);
            String name = "scene" + i;
            params.put(name + "start", utc(now.minus(scene.windowDays(), ChronoUnit.DAYS)));
            params.put(name + "categories", scene.categories().toArray(String[]::new));
            sql.append(", count(*) filter (where ordered_at >= :")
                    .append(name)
                    .append("start and category = any(:")
                    .append(name)
                    .append("categories)");
            if (!scene.months().isEmpty()) {
                params.put(
                        name + "months",
                        scene.months().stream().map(Month::getValue).toArray(Integer[]::new));
                sql.append(" and extract(month from ordered_at at time zone :zone)::int = any(:")
                        .append(name)
                        .append("months)");
            }
            sql.append(") as ").append(name);
        }
        return sql.toString();
    }

    private static String sceneArray(List<SceneRule> scenes, Map<String, Object> params) {
        if (scenes.isEmpty()) {
            return "'{}'::varchar[]";
        }
        List<String> elements = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            String name = "scene" + i;
            params.put(name + "min", scenes.get(i).minOrders());
            params.put(name + "name", scenes.get(i).scene());
            elements.add("case when o." + name + " >= :" + name + "min then cast(:" + name + "name as varchar) end");
        }
        return "array_remove(array[" + String.join(", ", elements) + "]::varchar[], null)";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
