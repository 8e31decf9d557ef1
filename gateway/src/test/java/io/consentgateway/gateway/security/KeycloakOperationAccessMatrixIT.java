package io.consentgateway.gateway.security;

import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.KeycloakIntegrationTest;
import io.consentgateway.gateway.testing.KeycloakServer;
import java.util.EnumMap;
import java.util.Map;

/** The role x operation matrix with tokens the real Keycloak issued to each demo user. */
@KeycloakIntegrationTest
class KeycloakOperationAccessMatrixIT extends OperationAccessMatrix {

    private final Map<DemoUser, String> tokens = new EnumMap<>(DemoUser.class);
    private String processorToken;

    @Override
    String authorizationOf(DemoUser user) {
        return "Bearer " + tokens.computeIfAbsent(user, KeycloakServer.shared()::tokenFor);
    }

    @Override
    String processorAuthorization() {
        if (processorToken == null) {
            processorToken = KeycloakServer.shared().clientCredentialsToken("processor-sms", "processor-sms-secret");
        }
        return "Bearer " + processorToken;
    }
}
