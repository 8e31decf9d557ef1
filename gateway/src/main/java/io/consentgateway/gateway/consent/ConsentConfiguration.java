package io.consentgateway.gateway.consent;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.consent.ActivePurposes;
import io.consentgateway.policies.consent.ProcessingDecision;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.notice.NoticeCheck;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

    @Bean
    PurposeCatalogue purposeCatalogue(Classification classification) {
        return PurposeCatalogue.standard();
    }

    @Bean
    NoticeCheck noticeCheck(
            PurposeCatalogue catalogue, @Value("${gateway.protection-officer.contact:}") String protectionOfficer) {
        return new NoticeCheck(catalogue, protectionOfficer);
    }

    /** The one function that decides whether a subject's data may be processed for a purpose. */
    @Bean
    ProcessingDecision processingDecision(PurposeCatalogue catalogue, ActivePurposes active, Clock clock) {
        return new ProcessingDecision(catalogue, active, clock);
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishShippedNotice(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Notices.class).publishShippedNoticeIfNone();
    }
}
