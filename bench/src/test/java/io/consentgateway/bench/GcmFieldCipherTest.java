package io.consentgateway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GcmFieldCipherTest {

    private static final Provider BC = new BouncyCastleProvider();
    private static final byte[] OWNER =
            "subject/6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f/mobile".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "+8613812341234".getBytes(StandardCharsets.UTF_8);

    static Stream<Arguments> ciphers() {
        return Stream.of(
                Arguments.of("AES-256-GCM (JDK)", aesJdk(), key(32, "AES")),
                Arguments.of("AES-256-GCM (BC)", aesBc(), key(32, "AES")),
                Arguments.of(
                        "SM4-GCM (BC)",
                        new GcmFieldCipher(() -> Cipher.getInstance("SM4/GCM/NoPadding", BC), GcmFieldCipher.SM4_GCM),
                        key(16, "SM4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciphers")
    void sealedValueHasHeaderNonceAndTagAndOpensToTheOriginal(String name, GcmFieldCipher cipher, SecretKey key)
            throws GeneralSecurityException {
        byte[] sealed = cipher.seal(key, 7, VALUE, OWNER);

        assertThat(sealed)
                .as(name + ": 6-byte header + 12-byte nonce + ciphertext + 16-byte tag")
                .hasSize(6 + 12 + 14 + 16);
        assertThat(sealed[0]).isEqualTo(GcmFieldCipher.FORMAT_V1);
        assertThat(cipher.open(key, sealed, OWNER)).as(name).isEqualTo(VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciphers")
    void aRelabelledKeyVersionOrAnotherOwnerFailsAuthentication(String name, GcmFieldCipher cipher, SecretKey key)
            throws GeneralSecurityException {
        byte[] sealed = cipher.seal(key, 7, VALUE, OWNER);
        byte[] relabelled = sealed.clone();
        relabelled[5] = 8;

        assertThatThrownBy(() -> cipher.open(key, relabelled, OWNER)).as(name).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> cipher.open(key, sealed, "subject/other/mobile".getBytes(StandardCharsets.UTF_8)))
                .as(name)
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void jdkAndBouncyCastleAesGcmReadEachOthersCiphertexts() throws GeneralSecurityException {
        SecretKey key = key(32, "AES");

        assertThat(aesBc().open(key, aesJdk().seal(key, 1, VALUE, OWNER), OWNER))
                .isEqualTo(VALUE);
        assertThat(aesJdk().open(key, aesBc().seal(key, 1, VALUE, OWNER), OWNER))
                .isEqualTo(VALUE);
    }

    private static GcmFieldCipher aesJdk() {
        return new GcmFieldCipher(() -> Cipher.getInstance("AES/GCM/NoPadding"), GcmFieldCipher.AES_256_GCM);
    }

    private static GcmFieldCipher aesBc() {
        return new GcmFieldCipher(() -> Cipher.getInstance("AES/GCM/NoPadding", BC), GcmFieldCipher.AES_256_GCM);
    }

    private static SecretKey key(int bytes, String algorithm) {
        byte[] material = new byte[bytes];
        new SecureRandom().nextBytes(material);
        return new SecretKeySpec(material, algorithm);
    }
}
