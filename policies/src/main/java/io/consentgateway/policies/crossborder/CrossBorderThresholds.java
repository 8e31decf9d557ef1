package io.consentgateway.policies.crossborder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The yearly volumes above which a stronger mechanism is required (Provisions on Promoting and Regulating
 * Cross-Border Data Flows, 2024, Arts. 7-8; Measures for Security Assessment of Outbound Data Transfers): from
 * {@code contractIndividuals} individuals' personal information a standard contract or certification, from
 * {@code securityAssessmentIndividuals} individuals, or {@code securityAssessmentSensitiveIndividuals} individuals'
 * sensitive personal information, a security assessment. Alerts come at {@code alertAt} of a threshold.
 */
public record CrossBorderThresholds(
        long contractIndividuals,
        long securityAssessmentIndividuals,
        long securityAssessmentSensitiveIndividuals,
        double alertAt) {

    public static final String CONTRACT_INDIVIDUALS = "standard-contract-individuals";
    public static final String SECURITY_ASSESSMENT_INDIVIDUALS = "security-assessment-individuals";
    public static final String SECURITY_ASSESSMENT_SENSITIVE = "security-assessment-sensitive-individuals";

    public CrossBorderThresholds {
        if (contractIndividuals < 1
                || securityAssessmentIndividuals < 1
                || securityAssessmentSensitiveIndividuals < 1) {
            throw new IllegalArgumentException("thresholds are positive counts");
        }
        if (!(alertAt > 0 && alertAt <= 1)) {
            throw new IllegalArgumentException("alert-at is a fraction in (0, 1]");
        }
    }

    public static CrossBorderThresholds defaults() {
        return new CrossBorderThresholds(100_000, 1_000_000, 10_000, 0.8);
    }

    /**
     * Whether a transfer bringing the year's volumes to {@code after} may rest on {@code mechanism}; a refusal names
     * the threshold it would exceed. Every registered mechanism covers the standard-contract threshold; only a
     * security assessment covers the security-assessment ones.
     */
    public Optional<String> exceeded(TransferMechanism mechanism, TransferVolumes after) {
        if (mechanism == TransferMechanism.SECURITY_ASSESSMENT) {
            return Optional.empty();
        }
        if (after.individuals() > securityAssessmentIndividuals) {
            return Optional.of(SECURITY_ASSESSMENT_INDIVIDUALS);
        }
        if (after.sensitiveIndividuals() > securityAssessmentSensitiveIndividuals) {
            return Optional.of(SECURITY_ASSESSMENT_SENSITIVE);
        }
        return Optional.empty();
    }

    /** Thresholds the volumes reached {@code alertAt} of, in the order above. */
    public List<ThresholdAlert> alerts(TransferVolumes volumes) {
        List<ThresholdAlert> alerts = new ArrayList<>();
        alert(alerts, CONTRACT_INDIVIDUALS, volumes.individuals(), contractIndividuals);
        alert(alerts, SECURITY_ASSESSMENT_INDIVIDUALS, volumes.individuals(), securityAssessmentIndividuals);
        alert(
                alerts,
                SECURITY_ASSESSMENT_SENSITIVE,
                volumes.sensitiveIndividuals(),
                securityAssessmentSensitiveIndividuals);
        return List.copyOf(alerts);
    }

    private void alert(List<ThresholdAlert> alerts, String threshold, long count, long limit) {
        if (count >= alertAt * limit) {
            alerts.add(new ThresholdAlert(threshold, count, limit, count > limit));
        }
    }

    /** @param exceeded the count is past the threshold itself, not only near it */
    public record ThresholdAlert(String threshold, long count, long limit, boolean exceeded) {}
}
