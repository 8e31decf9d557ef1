package io.consentgateway.gateway.security;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.policies.access.Permission;
import io.consentgateway.policies.access.Role;
import io.consentgateway.policies.access.RolePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web pages learn how to sign in without credentials, then who the caller is and what they may do. */
@GatewayIntegrationTest
class SessionIT {

    @LocalServerPort
    int port;

    @Autowired
    RolePermissions rolePermissions;

    private GatewayHttp gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
    }

    @Test
    void loginOptionsNameTheDevelopmentRealmToAnonymousCallers() {
        Reply options = gateway.getAnonymous("/api/v1/login-options");

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body().path("mode").asText()).isEqualTo("development");
        assertThat(options.body().has("issuer")).as("no Keycloak, no issuer").isFalse();
        assertThat(options.body().has("clients")).isFalse();
        assertThat(options.cookies()).as("a stateless API sets no cookie").isEmpty();
    }

    @Test
    void theSessionNamesTheCallerWithTheRolesAndPermissionsThePolicyFileGrants() {
        JsonNode session = gateway.get(COMPLIANCE, "/api/v1/session").body();

        assertThat(session.path("username").asText()).isEqualTo("compliance");
        assertThat(texts(session.path("roles"))).containsExactly("compliance");
        assertThat(texts(session.path("permissions")))
                .as("sorted, exactly what role-permissions.yaml grants compliance")
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(rolePermissions.permissionsOf(new Role("compliance")).stream()
                        .map(Permission::value)
                        .toList())
                .contains("consent:read:aggregate", "report:read");
    }

    @Test
    void everyRoleMayAskWhoItIs() {
        for (DemoUser user : DemoUser.values()) {
            String role = user.name().toLowerCase(Locale.ROOT);
            Reply session = gateway.get(user, "/api/v1/session");
            assertThat(session.status()).as(role).isEqualTo(200);
            assertThat(session.body().path("username").asText()).as(role).isEqualTo(role);
            assertThat(texts(session.body().path("roles"))).as(role).containsExactly(role);
        }
    }

    @Test
    void anAnonymousOrWronglySignedCallerGets401ProblemForTheSession() {
        Reply anonymous = gateway.getAnonymous("/api/v1/session");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Reply wrongPassword = gateway.withAuthorization("Basic Y29tcGxpYW5jZTp3cm9uZw==", "/api/v1/session");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body().toString()).doesNotContain("compliance");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
