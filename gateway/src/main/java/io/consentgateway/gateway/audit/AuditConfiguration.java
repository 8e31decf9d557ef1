package io.consentgateway.gateway.audit;

import io.consentgateway.audit.RevisionContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /** Also reaches Envers' revision listener, which Hibernate obtains from the Spring bean container. */
    @Bean
    RevisionContextHolder revisionContextHolder() {
        return new RevisionContextHolder();
    }
}
