package io.consentgateway.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.security.keycloak.*}: with an issuer configured the gateway trusts only bearer tokens that realm
 * signed; without one it runs the development realm on loopback.
 *
 * @param issuer e.g. {@code https://sso.example.com/realms/consent-gateway}
 * @param audience the audience every token must name
 * @param jwksUri where the realm publishes its keys; default {@code <issuer>/protocol/openid-connect/certs}
 * @param clockSkew tolerance for expiry and not-before
 * @param browserIssuer the issuer as browsers reach it, when the gateway reaches Keycloak by an internal address;
 *     default the issuer
 * @param consoleClient the public PKCE client of the compliance console
 * @param portalClient the public PKCE client of the privacy portal
 */
@ConfigurationProperties("gateway.security.keycloak")
public record KeycloakProperties(
        String issuer,
        @DefaultValue("consent-gateway") String audience,
        String jwksUri,
        @DefaultValue("30s") Duration clockSkew,
        String browserIssuer,
        @DefaultValue("compliance-console") String consoleClient,
        @DefaultValue("privacy-portal") String portalClient) {

    public boolean configured() {
        return issuer != null && !issuer.isBlank();
    }

    public String effectiveJwksUri() {
        return jwksUri != null && !jwksUri.isBlank() ? jwksUri : issuer + "/protocol/openid-connect/certs";
    }

    public String effectiveBrowserIssuer() {
        return browserIssuer != null && !browserIssuer.isBlank() ? browserIssuer : issuer;
    }
}
