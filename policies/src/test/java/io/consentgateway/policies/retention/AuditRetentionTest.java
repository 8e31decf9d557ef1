package io.consentgateway.policies.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditRetentionTest {

    // Cybersecurity Law Art. 21: network logs at least six months.
    @ParameterizedTest
    @ValueSource(strings = {"P5M", "P1M", "P30D", "P-6M", "P0D"})
    void auditRowRetentionBelowSixMonthsIsRefused(String configured) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRetention.of(Period.parse(configured), Period.ofYears(3)))
                .withMessageContaining("audit-row-retention")
                .withMessageContaining("Cybersecurity Law Art. 21");
    }

    // PIPL Art. 56: processing records and impact assessments at least three years.
    @ParameterizedTest
    @ValueSource(strings = {"P2Y", "P35M", "P2Y11M"})
    void processingRecordRetentionBelowThreeYearsIsRefused(String configured) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditRetention.of(Period.ofMonths(6), Period.parse(configured)))
                .withMessageContaining("PIPL Art. 56");
    }

    @Test
    void retentionCanBeRaised() {
        AuditRetention retention = AuditRetention.of(Period.ofYears(1), Period.ofYears(5));
        Instant written = Instant.parse("2026-01-31T00:00:00Z");

        assertThat(retention.auditRowKeptUntil(written)).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
        assertThat(retention.processingRecordKeptUntil(written)).isEqualTo(Instant.parse("2031-01-31T00:00:00Z"));
    }

    @Test
    void theDefaultsAreTheLegalMinimums() {
        AuditRetention retention =
                AuditRetention.of(AuditRetention.MINIMUM_AUDIT_ROWS, AuditRetention.MINIMUM_PROCESSING_RECORDS);
        assertThat(retention.auditRows()).isEqualTo(Period.ofMonths(6));
        assertThat(retention.processingRecords()).isEqualTo(Period.ofYears(3));
    }
}
