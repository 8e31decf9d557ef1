package io.consentgateway.gateway.dsr;

import io.consentgateway.routes.downstream.DownstreamSystem;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.downstream.*}: the systems told of corrections and erasures, e.g.
 * {@code systems[0].name=crm, systems[0].uri=https://crm.example.com/hooks/erasure} or
 * {@code systems[1].uri=kafka:consent-gateway.erasures?brokers=kafka:9092}.
 *
 * @param redeliveries retries after the first attempt, with exponential back-off from {@code firstDelay}
 */
@ConfigurationProperties("gateway.downstream")
record DownstreamProperties(
        @DefaultValue List<DownstreamSystem> systems,
        @DefaultValue("3") int redeliveries,
        @DefaultValue("200ms") Duration firstDelay) {}
