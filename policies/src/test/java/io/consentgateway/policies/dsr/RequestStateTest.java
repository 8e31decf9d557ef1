package io.consentgateway.policies.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestStateTest {

    @Test
    void aRequestMovesForwardOnly() {
        assertThat(RequestState.RECEIVED.canMoveTo(RequestState.VERIFIED)).isTrue();
        assertThat(RequestState.VERIFIED.canMoveTo(RequestState.IN_PROGRESS)).isTrue();
        assertThat(RequestState.IN_PROGRESS.canMoveTo(RequestState.COMPLETED)).isTrue();
        assertThat(RequestState.RECEIVED.canMoveTo(RequestState.COMPLETED))
                .as("nothing is done for an unverified requester")
                .isFalse();
        assertThat(RequestState.IN_PROGRESS.canMoveTo(RequestState.RECEIVED)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(RequestState.class)
    void finishedRequestsStayFinished(RequestState next) {
        assertThat(RequestState.COMPLETED.canMoveTo(next)).isFalse();
        assertThat(RequestState.REFUSED.canMoveTo(next)).isFalse();
    }

    // PIPL Art. 50: a request can be refused at any open stage, with reasons.
    @ParameterizedTest
    @EnumSource(
            value = RequestState.class,
            names = {"RECEIVED", "VERIFIED", "IN_PROGRESS"})
    void anOpenRequestCanBeRefused(RequestState open) {
        assertThat(open.open()).isTrue();
        assertThat(open.canMoveTo(RequestState.REFUSED)).isTrue();
    }
}
