package io.consentgateway.policies.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.policies.validation.Validated;
import org.junit.jupiter.api.Test;

class IndividualNoticeWaiverTest {

    private final IndividualNoticeWaiver waiver = new IndividualNoticeWaiver();

    // PIPL Art. 57(2): not notifying individuals is a decision that needs a reason
    @Test
    void skippingWithoutAReasonIsRefused() {
        assertThat(waiver.check(null)).isEqualTo(Validated.invalid("missing", "reason"));
        assertThat(waiver.check("   ")).isEqualTo(Validated.invalid("missing", "reason"));
    }

    // PIPL Art. 57(2)
    @Test
    void aReasonShorterThanTwentyCharactersIsRefused() {
        assertThat(waiver.check("data was encrypted")).isEqualTo(Validated.invalid("too-short", "reason"));
    }

    // PIPL Art. 57(2): Chinese reasons count characters, not bytes
    @Test
    void aReasonOfTwentyCharactersIsKeptStripped() {
        String reason = "泄露数据已全部加密且密钥未泄露无法还原。";
        assertThat(reason.codePointCount(0, reason.length())).isEqualTo(20);

        assertThat(waiver.check("  " + reason + " ")).isEqualTo(Validated.valid(reason));
    }
}
