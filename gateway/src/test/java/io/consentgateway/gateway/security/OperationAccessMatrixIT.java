package io.consentgateway.gateway.security;

import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;

/** The role x operation matrix with the development realm's demo users over HTTP Basic. */
@GatewayIntegrationTest
class OperationAccessMatrixIT extends OperationAccessMatrix {

    @Override
    String authorizationOf(DemoUser user) {
        return user.basicAuth();
    }
}
