package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every way a token can be wrong is refused; only a current token of our realm for our audience passes. */
class AccessTokenVerifierTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/consent-gateway";
    private static final String AUDIENCE = "consent-gateway";

    private final RSAKey realmKey = generateRsa("realm-key");
    private final ECKey realmEcKey = generateEc("realm-ec-key");
    private final AccessTokenVerifier verifier = new AccessTokenVerifier(
            new ImmutableJWKSet<>(new JWKSet(List.of(realmKey.toPublicJWK(), realmEcKey.toPublicJWK()))),
            ISSUER,
            AUDIENCE,
            30);

    private static RSAKey generateRsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey generateEc(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject("0b9f0c1e-user")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "operations")
                .claim("realm_access", Map.of("roles", List.of("operations", "default-roles-consent-gateway")));
    }

    private String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return ForgedTokens.rs256(realmKey, change.apply(claims()).build());
    }

    @Test
    void aCurrentTokenOfTheRealmForTheGatewayIsAccepted() throws Exception {
        assertThat(verifier.verify(token(claims -> claims))).hasValueSatisfying(caller -> {
            assertThat(caller.name()).isEqualTo("operations");
            assertThat(caller.roles()).contains("operations");
        });
    }

    @Test
    void anEs256TokenOfTheRealmIsAccepted() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(realmEcKey.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims().build());
        jwt.sign(new ECDSASigner(realmEcKey));
        assertThat(verifier.verify(jwt.serialize())).isPresent();
    }

    @Test
    void anUnsignedAlgNoneTokenIsRejected() {
        assertThat(verifier.verify(new PlainJWT(claims().build()).serialize())).isEmpty();
    }

    @Test
    void anRs256TokenResignedAsHs256WithThePublicKeyIsRejected() throws Exception {
        assertThat(verifier.verify(ForgedTokens.hs256WithPublicKey(realmKey, claims().build())))
                .isEmpty();
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        assertThat(verifier.verify(token(
                        claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120))))))
                .isEmpty();
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() throws Exception {
        assertThat(verifier.verify(token(
                        claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(5))))))
                .isPresent();
    }

    @Test
    void aTokenNotYetValidIsRejected() throws Exception {
        assertThat(verifier.verify(token(
                        claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(300))))))
                .isEmpty();
    }

    @Test
    void aTokenFromAnotherIssuerIsRejected() throws Exception {
        assertThat(verifier.verify(token(claims -> claims.issuer("http://127.0.0.1:8180/realms/other-realm"))))
                .isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        assertThat(verifier.verify(token(claims -> claims.audience("account")))).isEmpty();
    }

    @Test
    void aTokenWithoutSubjectIsRejected() throws Exception {
        assertThat(verifier.verify(token(claims -> claims.subject(null)))).isEmpty();
    }

    @Test
    void aTamperedPayloadIsRejected() throws Exception {
        String[] parts = token(claims -> claims).split("\\.");
        String elevated = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims().claim("realm_access", Map.of("roles", List.of("admin")))
                        .build()
                        .toString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(parts[0] + "." + elevated + "." + parts[2])).isEmpty();
    }

    @Test
    void aTokenSignedWithAKeyTheRealmNeverPublishedIsRejected() throws Exception {
        assertThat(verifier.verify(ForgedTokens.rs256(generateRsa("unknown-kid"), claims().build())))
                .isEmpty();
        assertThat(verifier.verify(ForgedTokens.rs256(generateRsa(realmKey.getKeyID()), claims().build())))
                .as("same key id, different key")
                .isEmpty();
    }

    @Test
    void garbageEmptyAndOversizedTokensAreRejected() {
        assertThat(verifier.verify("garbage")).isEmpty();
        assertThat(verifier.verify("a.b.c")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("x".repeat(20_000))).isEmpty();
    }
}
