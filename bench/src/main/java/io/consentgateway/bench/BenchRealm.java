package io.consentgateway.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for the Keycloak realm, on loopback, for as long as a bench runs: a fresh RS256 key published as the
 * realm's JWKS, and access tokens signed with it. The gateway then authenticates callers exactly as in production
 * (bearer token verified against the realm's published keys) instead of with the development realm's bcrypt.
 */
final class BenchRealm implements AutoCloseable {

    private static final String CERTS = "/realms/bench/protocol/openid-connect/certs";
    private static final String AUDIENCE = "consent-gateway";

    private final RSAKey key;
    private final HttpServer server;

    private BenchRealm(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    static BenchRealm start() throws IOException, JOSEException {
        RSAKey key =
                new RSAKeyGenerator(2048).keyID("bench-" + UUID.randomUUID()).generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(CERTS, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        return new BenchRealm(key, server);
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
    }

    /** The gateway settings that make it trust this realm only. */
    List<String> gatewaySettings() {
        return List.of(
                "--gateway.security.keycloak.issuer=" + issuer(), "--gateway.security.keycloak.audience=" + AUDIENCE);
    }

    /** An {@code Authorization} header value: a bearer token for a bench user holding the realm role. */
    String authorization(String role, Duration lifetime) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(AUDIENCE)
                .subject("bench-" + role)
                .claim("preferred_username", "bench-" + role)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        SignedJWT token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        token.sign(new RSASSASigner(key));
        return "Bearer " + token.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
