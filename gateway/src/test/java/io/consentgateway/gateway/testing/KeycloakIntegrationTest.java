package io.consentgateway.gateway.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole gateway as in production: trusting only bearer tokens of the test run's real Keycloak (started once,
 * shared by every class with this annotation), with its own embedded PostgreSQL in a fresh directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gateway.keys.password=integration-test-keystore", "gateway.ingest.store-retry-delay-ms=5"})
@ContextConfiguration(initializers = {FreshDataDirectory.class, KeycloakIssuer.class})
public @interface KeycloakIntegrationTest {}
