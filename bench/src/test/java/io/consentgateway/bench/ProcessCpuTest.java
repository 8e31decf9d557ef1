package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    private static final String STAT =
            "4242 (postgres: bench (x) idle) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 70 30 20 0 1 0 100 0 0";

    @Test
    void readsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
        assertThat(ProcessCpu.ticks(STAT, false)).isEqualTo(300);
        assertThat(ProcessCpu.ticks(STAT, true)).isEqualTo(400);
    }

    @Test
    void theRunningJvmHasUsedSomeCpu() {
        assertThat(ProcessCpu.secondsOfTree(ProcessHandle.current().pid())).isPositive();
    }
}
