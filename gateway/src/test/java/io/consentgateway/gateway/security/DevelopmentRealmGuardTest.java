package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DevelopmentRealmGuardTest {

    @Test
    void theProductionProfileRefusesToStartWithoutKeycloak() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "127.0.0.1");
        environment.setActiveProfiles("production");
        assertThatThrownBy(() -> DevelopmentRealmGuard.check(environment))
                .hasMessageContaining("gateway.security.keycloak.issuer");
    }

    @Test
    void theDevelopmentRealmRefusesToListenBeyondLoopback() {
        assertThatThrownBy(() ->
                        DevelopmentRealmGuard.check(new MockEnvironment().withProperty("server.address", "0.0.0.0")))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> DevelopmentRealmGuard.check(new MockEnvironment()))
                .hasMessageContaining("every interface");
    }

    @Test
    void theDevelopmentRealmRunsOnLoopback() {
        assertThatCode(() ->
                        DevelopmentRealmGuard.check(new MockEnvironment().withProperty("server.address", "127.0.0.1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DevelopmentRealmGuard.check(new MockEnvironment().withProperty("server.address", "::1")))
                .doesNotThrowAnyException();
    }
}
