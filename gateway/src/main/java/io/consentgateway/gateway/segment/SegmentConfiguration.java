package io.consentgateway.gateway.segment;

import io.consentgateway.routes.downstream.SegmentExportRoutes;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SegmentConfiguration {

    /** A route per configured export destination; a request can only name one of them. */
    @Bean
    SegmentExportRoutes segmentExportRoutes(SegmentProperties settings) {
        return new SegmentExportRoutes(settings.exportDestinations().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> entry.getValue().uri())));
    }
}
