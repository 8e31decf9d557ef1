package io.consentgateway.policies.notice;

import static io.consentgateway.policies.testing.Notices.aNotice;
import static io.consentgateway.policies.testing.Notices.aSection;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A Notice is only ever complete: whatever bypasses NoticeCheck still cannot build a partial one. */
class NoticeTest {

    @Test
    void versionsStartAtOne() {
        assertThatThrownBy(() -> aNotice(0, aSection("membership")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start at 1");
    }

    // PIPL Art. 17: a notice states its purposes.
    @Test
    void aNoticeWithoutPurposesCannotBeBuilt() {
        assertThatThrownBy(() -> aNotice(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPurposeAppearsAtMostOnce() {
        assertThatThrownBy(() -> aNotice(1, aSection("marketing"), aSection("marketing", "by SMS")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void aTextIsNeverBlankInEitherLanguage() {
        assertThatThrownBy(() -> new NoticeText("中文", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeText(null, "English")).isInstanceOf(NullPointerException.class);
    }
}
