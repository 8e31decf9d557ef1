package io.consentgateway.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Surefire runs this module's tests in a 512 MB heap (see the POM), the heap the gateway itself must start in. */
class LargeGenerationTest {

    @Test
    void oneHundredThousandCustomersFitInTheTestHeap() {
        SampleSet set = SampleData.generate(Settings.defaults().withCustomers(100_000));

        assertThat(set.customers()).hasSize(100_000);
        int records = set.files().stream().mapToInt(PayloadFile::recordCount).sum();
        assertThat(records).isGreaterThan(350_000);
        assertThat(set.manifest()).containsKeys("settings", "kinds", "totals", "files");
    }
}
