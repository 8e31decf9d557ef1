package io.consentgateway.gateway.crossborder;

import io.consentgateway.policies.crossborder.CrossBorderThresholds;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.cross-border.*}: the yearly thresholds (individuals per calendar year) and the zone the year is
 * counted in.
 */
@ConfigurationProperties("gateway.cross-border")
record CrossBorderProperties(
        @DefaultValue Thresholds thresholds,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {

    record Thresholds(
            @DefaultValue("100000") long standardContractIndividuals,
            @DefaultValue("1000000") long securityAssessmentIndividuals,
            @DefaultValue("10000") long securityAssessmentSensitiveIndividuals,
            @DefaultValue("0.8") double alertAt) {

        CrossBorderThresholds policy() {
            return new CrossBorderThresholds(
                    standardContractIndividuals,
                    securityAssessmentIndividuals,
                    securityAssessmentSensitiveIndividuals,
                    alertAt);
        }
    }
}
