package io.consentgateway.gateway.security;

import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The role x operation matrix with the development realm's demo users over HTTP Basic. */
@GatewayIntegrationTest
class OperationAccessMatrixIT extends OperationAccessMatrix {

    @Override
    String authorizationOf(DemoUser user) {
        return user.basicAuth();
    }

    @Override
    String processorAuthorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString("sms-vendor:sms-vendor-demo".getBytes(StandardCharsets.UTF_8));
    }
}
