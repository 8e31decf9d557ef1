package io.consentgateway.policies.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.crossborder.CrossBorderThresholds.ThresholdAlert;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossBorderThresholdsTest {

    private final CrossBorderThresholds defaults = CrossBorderThresholds.defaults();

    // Provisions on Cross-Border Data Flows Art. 8 / PIPL Art. 38: above 1,000,000 individuals a year only a
    // security assessment covers the transfer.
    @Test
    void transferPastAMillionIndividualsNeedsASecurityAssessment() {
        TransferVolumes after = new TransferVolumes(1_000_001, 0);
        assertThat(defaults.exceeded(TransferMechanism.STANDARD_CONTRACT, after))
                .contains(CrossBorderThresholds.SECURITY_ASSESSMENT_INDIVIDUALS);
        assertThat(defaults.exceeded(TransferMechanism.CERTIFICATION, after))
                .contains(CrossBorderThresholds.SECURITY_ASSESSMENT_INDIVIDUALS);
        assertThat(defaults.exceeded(TransferMechanism.SECURITY_ASSESSMENT, after))
                .isEmpty();
        assertThat(defaults.exceeded(TransferMechanism.STANDARD_CONTRACT, new TransferVolumes(1_000_000, 0)))
                .isEmpty();
    }

    // Provisions on Cross-Border Data Flows Art. 8: sensitive PI of more than 10,000 individuals a year needs a
    // security assessment.
    @Test
    void transferPastTenThousandSensitiveIndividualsNeedsASecurityAssessment() {
        assertThat(defaults.exceeded(TransferMechanism.STANDARD_CONTRACT, new TransferVolumes(20_000, 10_001)))
                .contains(CrossBorderThresholds.SECURITY_ASSESSMENT_SENSITIVE);
        assertThat(defaults.exceeded(TransferMechanism.STANDARD_CONTRACT, new TransferVolumes(20_000, 10_000)))
                .isEmpty();
    }

    // PIPL Arts. 38-40: the handler is warned before a threshold is reached, at the configured fraction.
    @Test
    void alertsComeAtTheConfiguredFractionOfEachThreshold() {
        CrossBorderThresholds low = new CrossBorderThresholds(10, 100, 5, 0.8);
        assertThat(low.alerts(new TransferVolumes(7, 3))).isEmpty();
        assertThat(low.alerts(new TransferVolumes(8, 4)))
                .containsExactly(
                        new ThresholdAlert(CrossBorderThresholds.CONTRACT_INDIVIDUALS, 8, 10, false),
                        new ThresholdAlert(CrossBorderThresholds.SECURITY_ASSESSMENT_SENSITIVE, 4, 5, false));
        assertThat(low.alerts(new TransferVolumes(11, 0)))
                .containsExactly(new ThresholdAlert(CrossBorderThresholds.CONTRACT_INDIVIDUALS, 11, 10, true));
        assertThat(Optional.of(defaults.alertAt())).contains(0.8);
    }
}
