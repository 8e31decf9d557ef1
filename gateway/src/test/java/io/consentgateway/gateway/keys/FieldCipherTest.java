package io.consentgateway.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(new CryptoProviders());
    private final FieldEncryption encryption = new FieldEncryption(cipher);

    private static DataKey aKey(FieldAlgorithm algorithm) {
        return new DataKey(UUID.randomUUID(), DataKeys.generate(algorithm), algorithm, 1);
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void aFieldRoundTrips(FieldAlgorithm algorithm) {
        DataKey key = aKey(algorithm);
        byte[] ciphertext = encryption.encrypt(key, "name", "欧阳娜娜");
        assertThat(encryption.decrypt(key, "name", ciphertext)).isEqualTo("欧阳娜娜");
        assertThat(FieldCipher.algorithmOf(ciphertext)).isEqualTo(algorithm);
    }

    @Test
    void bothAlgorithmsCoexistAndEachCiphertextSaysWhichItIs() {
        DataKey aes = aKey(FieldAlgorithm.AES_256_GCM);
        DataKey sm4 = aKey(FieldAlgorithm.SM4_GCM);
        byte[] underAes = encryption.encrypt(aes, "mobile", "+8613812341234");
        byte[] underSm4 = encryption.encrypt(sm4, "mobile", "+8613812341234");
        assertThat(underAes[1]).isEqualTo((byte) 1);
        assertThat(underSm4[1]).isEqualTo((byte) 2);
        assertThat(encryption.decrypt(aes, "mobile", underAes)).isEqualTo(encryption.decrypt(sm4, "mobile", underSm4));
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void equalPlaintextsEncryptDifferently(FieldAlgorithm algorithm) {
        DataKey key = aKey(algorithm);
        assertThat(encryption.encrypt(key, "mobile", "+8613812341234"))
                .isNotEqualTo(encryption.encrypt(key, "mobile", "+8613812341234"));
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void aTamperedCiphertextFailsLoudlyInsteadOfReturningGarbage(FieldAlgorithm algorithm) {
        DataKey key = aKey(algorithm);
        byte[] ciphertext = encryption.encrypt(key, "mobile", "+8613812341234");
        for (int position = 0; position < ciphertext.length; position++) {
            byte[] tampered = ciphertext.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> encryption.decrypt(key, "mobile", tampered))
                    .as("bit flipped at byte %d", position)
                    .isInstanceOf(TamperedCiphertextException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void aTruncatedCiphertextFails(FieldAlgorithm algorithm) {
        DataKey key = aKey(algorithm);
        byte[] ciphertext = encryption.encrypt(key, "mobile", "+8613812341234");
        for (int length = 0; length < ciphertext.length; length++) {
            byte[] truncated = Arrays.copyOf(ciphertext, length);
            assertThatThrownBy(() -> encryption.decrypt(key, "mobile", truncated))
                    .isInstanceOf(TamperedCiphertextException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void aCiphertextMovedToAnotherColumnOrSubjectDoesNotDecrypt(FieldAlgorithm algorithm) {
        DataKey alice = aKey(algorithm);
        byte[] mobile = encryption.encrypt(alice, "mobile", "+8613812341234");
        assertThatThrownBy(() -> encryption.decrypt(alice, "idNumber", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
        DataKey sameKeyOtherSubject = new DataKey(UUID.randomUUID(), alice.key(), algorithm, 1);
        assertThatThrownBy(() -> encryption.decrypt(sameKeyOtherSubject, "mobile", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void anotherSubjectsKeyCannotOpenIt(FieldAlgorithm algorithm) {
        DataKey alice = aKey(algorithm);
        byte[] mobile = encryption.encrypt(alice, "mobile", "+8613812341234");
        DataKey otherKeySameSubject = new DataKey(alice.subjectId(), DataKeys.generate(algorithm), algorithm, 1);
        assertThatThrownBy(() -> encryption.decrypt(otherKeySameSubject, "mobile", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    // PIPL Art. 47: once the key is gone, the value reads as erased, never as an error page.
    @Test
    void withoutItsKeyAValueReadsAsErased() {
        byte[] mobile = encryption.encrypt(aKey(FieldAlgorithm.AES_256_GCM), "mobile", "+8613812341234");
        assertThat(encryption.read(Optional.empty(), "mobile", mobile)).isEqualTo(FieldValue.ERASED);
        assertThat(encryption.read(Optional.empty(), "mobile", null)).isEqualTo(FieldValue.ABSENT);
    }

    @ParameterizedTest
    @EnumSource(FieldAlgorithm.class)
    void envelopesSealDocumentsUnderTheirOwnWrappedKey(FieldAlgorithm algorithm, @TempDir Path directory) {
        Keyring keyring = Keyring.openOrCreate(directory.resolve("gateway.p12"), "test-password".toCharArray());
        Envelopes envelopes = new Envelopes(new KeyWrapping(keyring, cipher), cipher, algorithm);
        byte[] payload = "{\"mobile\":\"13812341234\"}".getBytes(StandardCharsets.UTF_8);

        Envelopes.SealedEnvelope sealed = envelopes.seal(payload, "quarantine/1");

        assertThat(envelopes.open(sealed, "quarantine/1")).isEqualTo(payload);
        assertThat(sealed.kekId()).isEqualTo("kek-1");
        assertThatThrownBy(() -> envelopes.open(sealed, "quarantine/2"))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void anEnvelopeRewrappedUnderANewKekStillOpensWithTheSameCiphertext(@TempDir Path directory) {
        Keyring keyring = Keyring.openOrCreate(directory.resolve("gateway.p12"), "test-password".toCharArray());
        Envelopes envelopes = new Envelopes(new KeyWrapping(keyring, cipher), cipher, FieldAlgorithm.SM4_GCM);
        byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
        Envelopes.SealedEnvelope sealed = envelopes.seal(payload, "quarantine/1");

        keyring.addKekVersion();
        Envelopes.SealedEnvelope rewrapped = envelopes.rewrap(sealed, "quarantine/1");

        assertThat(rewrapped.kekId()).isEqualTo("kek-2");
        assertThat(rewrapped.ciphertext()).isEqualTo(sealed.ciphertext());
        assertThat(envelopes.open(rewrapped, "quarantine/1")).isEqualTo(payload);
    }
}
