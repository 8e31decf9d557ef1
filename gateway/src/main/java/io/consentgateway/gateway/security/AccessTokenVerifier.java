package io.consentgateway.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies Keycloak access tokens the standard OIDC way: signature against the realm's published keys (fetched,
 * cached, refreshed on an unknown key id), an algorithm allow-list of RS256 and ES256 only (so neither {@code none}
 * nor an HMAC forged with the public key passes), the exact issuer, the gateway's audience, expiry and not-before
 * with a small clock skew. Anything else is simply not a caller.
 */
final class AccessTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenVerifier.class);
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int MAX_TOKEN_LENGTH = 16_384;

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience, long clockSkewSeconds) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALLOWED, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat"),
                Set.of());
        claims.setMaxClockSkew((int) clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** @return the caller, or empty for any token that is not a valid, current token of the realm for us */
    Optional<CallerPrincipal> verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Optional.of(new CallerPrincipal(name(claims), realmRoles(claims), client(claims)));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            // The class says why; the token itself is a credential and never logged.
            log.debug("Rejected a bearer token: {}", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.debug("Rejected a malformed bearer token: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String name(JWTClaimsSet claims) throws ParseException {
        String preferred = claims.getStringClaim("preferred_username");
        return preferred != null && !preferred.isBlank() ? preferred : claims.getSubject();
    }

    private static String client(JWTClaimsSet claims) throws ParseException {
        String authorizedParty = claims.getStringClaim("azp");
        return authorizedParty != null && !authorizedParty.isBlank()
                ? authorizedParty
                : claims.getStringClaim("client_id");
    }

    private static Set<String> realmRoles(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        Set<String> roles = new HashSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> listed) {
            listed.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }
}
