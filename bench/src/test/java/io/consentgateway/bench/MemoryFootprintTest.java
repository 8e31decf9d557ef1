package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryFootprintTest {

    private static final String G1_HEAP_INFO = """
            6325:
             garbage-first heap   total 1048576K, used 123456K [0x00000000c0000000, 0x0000000100000000)
              region size 1024K, 2 young (2048K), 0 survivors (0K)
             Metaspace       used 98765K, committed 99840K, reserved 1179648K
              class space    used 12345K, committed 12800K, reserved 1048576K
            """;
    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 4838056 kB
            VmHWM:\t  500000 kB
            VmRSS:\t  478408 kB
            RssAnon:\t  450000 kB
            """;

    @Test
    void readsHeapUsedAndCommittedMetaspaceAndResidentSetInBytes() {
        MemoryFootprint memory = MemoryFootprint.parse(G1_HEAP_INFO, STATUS);

        assertThat(memory.heapUsed()).isEqualTo(123_456L * 1024);
        assertThat(memory.heapCommitted()).isEqualTo(1_048_576L * 1024);
        assertThat(memory.metaspaceUsed())
                .as("Metaspace, not the class space line")
                .isEqualTo(98_765L * 1024);
        assertThat(memory.resident()).as("VmRSS, not the peak VmHWM").isEqualTo(478_408L * 1024);
        assertThat(MemoryFootprint.mebibytes(memory.heapCommitted())).isEqualTo(1024.0);
    }

    @Test
    void jcmdOutputWithoutAHeapLineIsAnError() {
        assertThatThrownBy(() -> MemoryFootprint.parse("6325:\nCould not attach", STATUS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
