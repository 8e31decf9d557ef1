package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.api.model.LoginOptions;
import io.consentgateway.policies.access.RolePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionControllerTest {

    private static final String INTERNAL = "http://keycloak:8080/realms/consent-gateway";

    @Test
    void browsersAreSentToTheBrowserIssuerWhileTokensKeepTheIssuer() {
        LoginOptions options = optionsWith(INTERNAL, "https://sso.example.com/realms/consent-gateway");

        assertThat(options.getIssuer()).isEqualTo(INTERNAL);
        assertThat(options.getAuthorizationEndpoint())
                .isEqualTo("https://sso.example.com/realms/consent-gateway/protocol/openid-connect/auth");
        assertThat(options.getTokenEndpoint())
                .isEqualTo("https://sso.example.com/realms/consent-gateway/protocol/openid-connect/token");
        assertThat(options.getEndSessionEndpoint())
                .isEqualTo("https://sso.example.com/realms/consent-gateway/protocol/openid-connect/logout");
        assertThat(options.getClients()).isEqualTo(Map.of("console", "console-client", "portal", "portal-client"));
    }

    @Test
    void withoutABrowserIssuerTheEndpointsAreTheIssuers() {
        LoginOptions options = optionsWith(INTERNAL, "");

        assertThat(options.getMode()).isEqualTo(LoginOptions.ModeEnum.KEYCLOAK);
        assertThat(options.getAuthorizationEndpoint()).isEqualTo(INTERNAL + "/protocol/openid-connect/auth");
    }

    @Test
    void withoutAnIssuerThePagesUseTheDevelopmentRealm() {
        LoginOptions options = optionsWith(null, null);

        assertThat(options.getMode()).isEqualTo(LoginOptions.ModeEnum.DEVELOPMENT);
        assertThat(options.getAuthorizationEndpoint()).isNull();
        assertThat(options.getClients()).isNull();
    }

    private static LoginOptions optionsWith(String issuer, String browserIssuer) {
        KeycloakProperties keycloak = new KeycloakProperties(
                issuer,
                "consent-gateway",
                null,
                Duration.ofSeconds(30),
                browserIssuer,
                "console-client",
                "portal-client");
        return new SessionController(keycloak, new CurrentCaller(RolePermissions.standard()))
                .getLoginOptions()
                .getBody();
    }
}
