package io.consentgateway.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Tokens as an attacker (or a test realm) would sign them. */
final class ForgedTokens {

    private ForgedTokens() {}

    static String rs256(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256, key.getKeyID()), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The classic algorithm-confusion forgery: HMAC keyed with the realm's public key. */
    static String hs256WithPublicKey(RSAKey realmPublicKey, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256, realmPublicKey.getKeyID()), claims);
        jwt.sign(new MACSigner(realmPublicKey.toRSAPublicKey().getEncoded()));
        return jwt.serialize();
    }

    private static JWSHeader header(JWSAlgorithm algorithm, String keyId) {
        return new JWSHeader.Builder(algorithm)
                .keyID(keyId)
                .type(JOSEObjectType.JWT)
                .build();
    }
}
