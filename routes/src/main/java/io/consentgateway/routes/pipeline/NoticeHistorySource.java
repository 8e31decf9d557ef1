package io.consentgateway.routes.pipeline;

import io.consentgateway.policies.notice.NoticeHistory;

/** The published privacy notices, as the consent step needs them; implemented by the gateway's notice store. */
public interface NoticeHistorySource {

    NoticeHistory history();
}
