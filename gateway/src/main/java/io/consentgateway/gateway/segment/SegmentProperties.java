package io.consentgateway.gateway.segment;

import io.consentgateway.policies.segment.RfmScheme;
import io.consentgateway.policies.segment.RfmTierRule;
import io.consentgateway.policies.segment.SceneRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.segments}: the two RFM schemes (thresholds per deployment, i.e. per brand), the window frequency
 * and monetary value are counted over, the scene rules, and how often tags are recomputed.
 */
@ConfigurationProperties("gateway.segments")
public record SegmentProperties(
        Integer rfmWindowDays,
        Scheme valueScheme,
        Scheme lifecycleScheme,
        List<Scene> scenes,
        Duration refreshEvery,
        Map<String, Destination> exportDestinations) {

    public SegmentProperties {
        rfmWindowDays = rfmWindowDays == null ? 365 : rfmWindowDays;
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
        exportDestinations = exportDestinations == null ? Map.of() : Map.copyOf(exportDestinations);
        refreshEvery = refreshEvery == null ? Duration.ofHours(12) : refreshEvery;
        if (rfmWindowDays < 1) {
            throw new IllegalArgumentException("gateway.segments.rfm-window-days must be at least 1");
        }
        if (refreshEvery.compareTo(Duration.ofHours(12)) > 0) {
            // PRODUCT.md: behaviour tags are never more than 12 hours old
            throw new IllegalArgumentException("gateway.segments.refresh-every may not exceed 12 hours");
        }
    }

    public record Scheme(List<Tier> tiers, String otherwise) {}

    /**
     * A marketing destination of segment exports: a Camel endpoint (file directory or webhook URL) and the purposes
     * it is registered for.
     */
    public record Destination(String uri, List<String> purposes) {
        public Destination {
            purposes = purposes == null ? List.of() : List.copyOf(purposes);
        }
    }

    public record Tier(
            String name,
            Integer maxRecencyDays,
            Integer minRecencyDays,
            Integer minFrequency,
            Integer maxFrequency,
            BigDecimal minMonetary) {}

    public record Scene(
            String name, List<String> categories, List<String> months, Integer minOrders, Integer windowDays) {}

    RfmScheme value() {
        return scheme("value", valueScheme);
    }

    RfmScheme lifecycle() {
        return scheme("lifecycle", lifecycleScheme);
    }

    List<SceneRule> sceneRules() {
        return scenes.stream()
                .map(scene -> new SceneRule(
                        scene.name(),
                        Set.copyOf(scene.categories()),
                        scene.months() == null
                                ? Set.of()
                                : scene.months().stream()
                                        .map(month ->
                                                Month.valueOf(month.strip().toUpperCase(Locale.ROOT)))
                                        .collect(Collectors.toUnmodifiableSet()),
                        scene.minOrders() == null ? 1 : scene.minOrders(),
                        scene.windowDays() == null ? 365 : scene.windowDays()))
                .toList();
    }

    private static RfmScheme scheme(String name, Scheme scheme) {
        if (scheme == null) {
            throw new IllegalArgumentException("gateway.segments." + name + "-scheme is not configured");
        }
        return new RfmScheme(
                name,
                scheme.tiers().stream()
                        .map(tier -> new RfmTierRule(
                                tier.name(),
                                tier.maxRecencyDays(),
                                tier.minRecencyDays(),
                                tier.minFrequency(),
                                tier.maxFrequency(),
                                tier.minMonetary()))
                        .toList(),
                scheme.otherwise());
    }
}
