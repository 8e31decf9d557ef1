package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchPlanTest {

    @Test
    void noArgumentsIsTheFullRunAndQuickIsShorter() {
        BenchPlan full = BenchPlan.fromArgs();
        BenchPlan quick = BenchPlan.fromArgs("--quick");

        assertThat(full.mode()).isEqualTo("full");
        assertThat(quick.mode()).isEqualTo("quick");
        assertThat(quick.rounds()).isLessThan(full.rounds());
        assertThat(quick.warmUpPerVariant()).isLessThan(full.warmUpPerVariant());
    }

    @Test
    void theSuitesReportFileIsAcceptedWithItsValue() {
        assertThat(BenchPlan.fromArgs("--quick", "--report", "x.json").mode()).isEqualTo("quick");
    }

    @Test
    void anUnknownArgumentIsRefusedByName() {
        assertThatThrownBy(() -> BenchPlan.fromArgs("--fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--fast");
    }
}
