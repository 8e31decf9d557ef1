package io.consentgateway.gateway.retention;

import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.retention.RetentionRule;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    // legal holds end on a Beijing date, as LegalHolds reads them
    @Bean
    RetentionRule retentionRule(PurposeCatalogue catalogue) {
        return new RetentionRule(catalogue, ZoneId.of("Asia/Shanghai"));
    }
}
