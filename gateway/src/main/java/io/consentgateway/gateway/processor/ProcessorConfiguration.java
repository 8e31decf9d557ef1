package io.consentgateway.gateway.processor;

import io.consentgateway.policies.processor.ContractEnd;
import io.consentgateway.policies.processor.ContractScope;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProcessorConfiguration {

    @Bean
    ContractScope contractScope() {
        return new ContractScope();
    }

    @Bean
    ContractEnd contractEnd(ProcessorsProperties properties, Clock clock) {
        return new ContractEnd(properties.deletionGracePeriod(), clock.getZone());
    }
}
