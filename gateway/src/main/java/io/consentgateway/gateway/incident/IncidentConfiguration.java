package io.consentgateway.gateway.incident;

import io.consentgateway.policies.incident.BreachNoticeCheck;
import io.consentgateway.policies.incident.IndividualNoticeWaiver;
import io.consentgateway.policies.incident.InformationCategories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

    @Bean
    BreachNoticeCheck breachNoticeCheck() {
        return new BreachNoticeCheck();
    }

    @Bean
    IndividualNoticeWaiver individualNoticeWaiver() {
        return new IndividualNoticeWaiver();
    }

    @Bean
    InformationCategories informationCategories() {
        return new InformationCategories();
    }
}
