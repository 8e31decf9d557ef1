package io.consentgateway.gateway.security;

import io.consentgateway.api.SessionApi;
import io.consentgateway.api.model.LoginOptions;
import io.consentgateway.api.model.Session;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the web pages sign in and who the signed-in caller is. The pages hide what the caller may not do; the
 * gateway still checks every operation.
 */
@RestController
class SessionController implements SessionApi {

    private final KeycloakProperties keycloak;
    private final CurrentCaller caller;

    SessionController(KeycloakProperties keycloak, CurrentCaller caller) {
        this.keycloak = keycloak;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<LoginOptions> getLoginOptions() {
        if (!keycloak.configured()) {
            return ResponseEntity.ok(new LoginOptions(LoginOptions.ModeEnum.DEVELOPMENT).clients(null));
        }
        // the endpoints as the browser reaches them; the issuer as tokens name it
        String browser = keycloak.effectiveBrowserIssuer();
        return ResponseEntity.ok(new LoginOptions(LoginOptions.ModeEnum.KEYCLOAK)
                .issuer(keycloak.issuer())
                .authorizationEndpoint(browser + "/protocol/openid-connect/auth")
                .tokenEndpoint(browser + "/protocol/openid-connect/token")
                .endSessionEndpoint(browser + "/protocol/openid-connect/logout")
                .clients(Map.of("console", keycloak.consoleClient(), "portal", keycloak.portalClient())));
    }

    @Override
    public ResponseEntity<Session> getSession() {
        return ResponseEntity.ok(new Session(caller.name(), caller.roleNames(), caller.permissions()));
    }
}
