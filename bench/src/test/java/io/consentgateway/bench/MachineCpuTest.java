package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void idleAndIowaitAreNotBusyGuestTimeIsNotCountedTwice() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        MachineCpu cpu = MachineCpu.parse("cpu  100 10 40 800 50 0 0 0 30 0");

        assertThat(cpu.total()).isEqualTo(1000);
        assertThat(cpu.busy()).isEqualTo(150);
    }

    @Test
    void busyShareIsTheBusyPartOfTheTimeBetweenTwoReadings() {
        MachineCpu before = new MachineCpu(150, 1000);
        MachineCpu after = new MachineCpu(450, 1400);

        assertThat(after.busyShareSince(before)).isEqualTo(0.75);
        assertThat(before.busyShareSince(before)).isZero();
    }

    @Test
    void aSingleCoreLineIsNotTheMachine() {
        assertThatThrownBy(() -> MachineCpu.parse("cpu0 100 10 40 800 50 0 0 0 0 0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
