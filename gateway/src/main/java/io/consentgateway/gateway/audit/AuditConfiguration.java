package io.consentgateway.gateway.audit;

import io.consentgateway.audit.RevisionContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** Also reaches Envers' revision listener, which Hibernate obtains from the Spring bean container. */
    @Bean
    RevisionContextHolder revisionContextHolder() {
        return new RevisionContextHolder();
    }
}
