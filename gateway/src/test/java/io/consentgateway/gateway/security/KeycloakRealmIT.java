package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The realm as code (keycloak/consent-gateway-realm.json) imported into a real Keycloak issues what we expect. */
class KeycloakRealmIT {

    private static final List<String> GATEWAY_ROLES =
            List.of("integrator", "operations", "analyst", "admin", "compliance", "customer", "processor");

    private final KeycloakServer keycloak = KeycloakServer.shared();

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void eachDemoUserCarriesExactlyTheirRoleAndTheGatewayAudience(DemoUser user) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(keycloak.tokenFor(user)).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(keycloak.issuer());
        assertThat(claims.getAudience()).contains("consent-gateway");
        assertThat(realmRoles(claims))
                .filteredOn(GATEWAY_ROLES::contains)
                .containsExactly(user.name().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"web", "wechat", "douyin", "xiaohongshu", "orders", "pos", "events", "partner"})
    void everyIntegratingSystemHasItsOwnClientWithOnlyTheIntegratorRole(String system) throws Exception {
        String client = "integrator-" + system;
        JWTClaimsSet claims = SignedJWT.parse(keycloak.clientCredentialsToken(client, client + "-secret"))
                .getJWTClaimsSet();

        assertThat(claims.getStringClaim("azp")).isEqualTo(client);
        assertThat(claims.getAudience()).contains("consent-gateway");
        assertThat(realmRoles(claims)).filteredOn(GATEWAY_ROLES::contains).containsExactly("integrator");
    }

    // PIPL Art. 21: an entrusted processor's system has a client of its own, recognised by azp, with only its role
    @Test
    void theSmsVendorProcessorHasItsOwnClientWithOnlyTheProcessorRole() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(keycloak.clientCredentialsToken("processor-sms", "processor-sms-secret"))
                .getJWTClaimsSet();

        assertThat(claims.getStringClaim("azp")).isEqualTo("processor-sms");
        assertThat(claims.getAudience()).contains("consent-gateway");
        assertThat(realmRoles(claims)).filteredOn(GATEWAY_ROLES::contains).containsExactly("processor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compliance-console", "privacy-portal"})
    void browserClientsArePublicAndRefuseAnAuthorizationRequestWithoutPkce(String client) throws Exception {
        String redirect = "http://127.0.0.1:8080/" + (client.equals("privacy-portal") ? "privacy/" : "console/");
        HttpResponse<String> withoutPkce = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(keycloak.issuer()
                                        + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                                        + client + "&redirect_uri=" + redirect))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(withoutPkce.statusCode()).isEqualTo(302);
        assertThat(withoutPkce.headers().firstValue("Location").orElseThrow())
                .contains("error=invalid_request")
                .contains("code_challenge_method");
    }

    @Test
    void theForeignRealmIsADifferentIssuerWithItsOwnKeys() throws Exception {
        SignedJWT foreign = SignedJWT.parse(
                keycloak.passwordToken("other", KeycloakServer.CLI_CLIENT, "intruder", "intruder-demo"));
        SignedJWT ours = SignedJWT.parse(keycloak.tokenFor(DemoUser.ADMIN));

        assertThat(foreign.getJWTClaimsSet().getIssuer()).isNotEqualTo(keycloak.issuer());
        assertThat(foreign.getHeader().getKeyID()).isNotEqualTo(ours.getHeader().getKeyID());
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(JWTClaimsSet claims) throws Exception {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        return realmAccess == null ? List.of() : (List<String>) realmAccess.get("roles");
    }
}
