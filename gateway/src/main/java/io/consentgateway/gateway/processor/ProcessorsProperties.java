package io.consentgateway.gateway.processor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.processors.*}.
 *
 * @param deletionGracePeriod how long after a contract ends the processor has to confirm it returned or deleted the
 *     data before the confirmation is listed as overdue
 */
@ConfigurationProperties("gateway.processors")
record ProcessorsProperties(@DefaultValue("15d") Duration deletionGracePeriod) {}
