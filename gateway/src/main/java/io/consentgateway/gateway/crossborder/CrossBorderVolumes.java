package io.consentgateway.gateway.crossborder;

import io.consentgateway.policies.crossborder.CrossBorderThresholds;
import io.consentgateway.policies.crossborder.CrossBorderThresholds.ThresholdAlert;
import io.consentgateway.policies.crossborder.TransferVolumes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The year's volumes against the thresholds: the status, the WARN when a threshold is near, and the gauges
 * {@code gateway_cross_border_individuals{year,kind}} (counts only, never an individual).
 */
@Component
class CrossBorderVolumes {

    private static final Logger log = LoggerFactory.getLogger(CrossBorderVolumes.class);

    private final TransferVolumeLedger ledger;
    private final CrossBorderThresholds thresholds;
    private final ZoneId zone;
    private final MeterRegistry meters;
    private final Clock clock;

    CrossBorderVolumes(
            TransferVolumeLedger ledger, CrossBorderProperties properties, MeterRegistry meters, Clock clock) {
        this.ledger = ledger;
        this.thresholds = properties.thresholds().policy();
        this.zone = properties.zone();
        this.meters = meters;
        this.clock = clock;
    }

    CrossBorderThresholds thresholds() {
        return thresholds;
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    Status status() {
        int year = today(clock.instant()).getYear();
        TransferVolumes volumes = ledger.volumes(year);
        register(year);
        return new Status(year, volumes, thresholds.alerts(volumes));
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerCurrentYear() {
        register(today(clock.instant()).getYear());
    }

    void warnNearThresholds(int year, TransferVolumes volumes) {
        register(year);
        for (ThresholdAlert alert : thresholds.alerts(volumes)) {
            log.warn(
                    "Cross-border volumes {}: {} of {} for threshold {} (alert at {} of it)",
                    year,
                    alert.count(),
                    alert.limit(),
                    alert.threshold(),
                    thresholds.alertAt());
        }
    }

    // Micrometer returns the gauge already registered for the same tags, so this is safe to repeat.
    private void register(int year) {
        gauge(year, "all", counts -> counts.volumes(year).individuals());
        gauge(year, "sensitive", counts -> counts.volumes(year).sensitiveIndividuals());
    }

    private void gauge(int year, String kind, ToDoubleFunction<TransferVolumeLedger> count) {
        Gauge.builder("gateway.cross.border.individuals", ledger, count)
                .description("Distinct individuals whose personal information went abroad in the calendar year")
                .tags("year", String.valueOf(year), "kind", kind)
                .register(meters);
    }

    record Status(int year, TransferVolumes volumes, List<ThresholdAlert> alerts) {}
}
