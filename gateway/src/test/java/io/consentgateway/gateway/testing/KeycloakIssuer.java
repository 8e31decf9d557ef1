package io.consentgateway.gateway.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the gateway at the test run's Keycloak, as production configuration would point it at the real one. */
public final class KeycloakIssuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("gateway.security.keycloak.issuer="
                        + KeycloakServer.shared().issuer())
                .applyTo(context);
    }
}
