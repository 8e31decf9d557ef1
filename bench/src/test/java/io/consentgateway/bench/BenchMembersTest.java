package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchMembersTest {

    @Test
    void everyMemberIsAnotherPersonWithMembershipConsent() {
        int count = 100_000;

        assertThat(IntStream.range(0, count)
                        .mapToObj(i -> BenchMembers.member(i).get("mobile"))
                        .collect(Collectors.toSet()))
                .as("distinct mobiles, so dedup joins no two members")
                .hasSize(count);
        assertThat(BenchMembers.member(7))
                .containsEntry("sourceId", "bench-7")
                .containsEntry("mobile", "13900000007")
                .extractingByKey("consents")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("membership", true);
    }
}
