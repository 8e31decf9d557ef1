package io.consentgateway.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole gateway on a random loopback port with its own embedded PostgreSQL and keystore in a fresh directory
 * under target/. Every test class with this annotation shares one running gateway (Spring's context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gateway.keys.password=integration-test-keystore",
            "gateway.ingest.store-retry-delay-ms=5",
            "gateway.file-drops.pos.poll-delay=200ms",
            "gateway.segments.export-destinations.crm-file.uri=file:${gateway.data-dir}/exports/crm",
            "gateway.segments.export-destinations.crm-file.purposes=marketing"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
public @interface GatewayIntegrationTest {}
