package io.consentgateway.gateway.records;

import io.consentgateway.policies.classification.Classification;
import io.consentgateway.policies.records.AssessmentRequirement;
import io.consentgateway.policies.records.PurposeActivation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    AssessmentRequirement assessmentRequirement(Classification classification) {
        return new AssessmentRequirement(classification);
    }

    @Bean
    PurposeActivation purposeActivation(AssessmentRequirement requirement) {
        return new PurposeActivation(requirement);
    }
}
