package io.consentgateway.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher();
    private final FieldEncryption encryption = new FieldEncryption(cipher);
    private final DataKey alice = new DataKey(UUID.randomUUID(), DataKeys.generate(), 1);
    private final DataKey bob = new DataKey(UUID.randomUUID(), DataKeys.generate(), 1);

    @Test
    void aFieldRoundTrips() {
        byte[] ciphertext = encryption.encrypt(alice, "mobile", "+8613812341234");
        assertThat(encryption.decrypt(alice, "mobile", ciphertext)).isEqualTo("+8613812341234");
    }

    @Test
    void ciphertextNamesFormatAlgorithmAndKeyVersion() {
        byte[] ciphertext = encryption.encrypt(alice, "mobile", "+8613812341234");
        assertThat(ciphertext[0]).isEqualTo(FieldCipher.FORMAT_V1);
        assertThat(ciphertext[1]).isEqualTo(FieldCipher.AES_256_GCM);
        assertThat(FieldCipher.keyVersion(ciphertext)).isEqualTo(1);
    }

    @Test
    void equalPlaintextsEncryptDifferently() {
        assertThat(encryption.encrypt(alice, "mobile", "+8613812341234"))
                .isNotEqualTo(encryption.encrypt(alice, "mobile", "+8613812341234"));
    }

    @Test
    void aTamperedCiphertextFailsLoudlyInsteadOfReturningGarbage() {
        byte[] ciphertext = encryption.encrypt(alice, "mobile", "+8613812341234");
        for (int position = 0; position < ciphertext.length; position++) {
            byte[] tampered = ciphertext.clone();
            tampered[position] ^= 0x01;
            assertThatThrownBy(() -> encryption.decrypt(alice, "mobile", tampered))
                    .as("bit flipped at byte %d", position)
                    .isInstanceOf(TamperedCiphertextException.class);
        }
    }

    @Test
    void aTruncatedCiphertextFails() {
        byte[] ciphertext = encryption.encrypt(alice, "mobile", "+8613812341234");
        byte[] truncated = Arrays.copyOf(ciphertext, ciphertext.length - 1);
        assertThatThrownBy(() -> encryption.decrypt(alice, "mobile", truncated))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void aCiphertextMovedToAnotherColumnOrSubjectDoesNotDecrypt() {
        byte[] mobile = encryption.encrypt(alice, "mobile", "+8613812341234");
        assertThatThrownBy(() -> encryption.decrypt(alice, "idNumber", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
        DataKey aliceIdUnderBobsId = new DataKey(bob.subjectId(), alice.key(), 1);
        assertThatThrownBy(() -> encryption.decrypt(aliceIdUnderBobsId, "mobile", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void anotherSubjectsKeyCannotOpenIt() {
        byte[] mobile = encryption.encrypt(alice, "mobile", "+8613812341234");
        DataKey bobsKeyForAlice = new DataKey(alice.subjectId(), bob.key(), 1);
        assertThatThrownBy(() -> encryption.decrypt(bobsKeyForAlice, "mobile", mobile))
                .isInstanceOf(TamperedCiphertextException.class);
    }

    @Test
    void envelopesSealDocumentsUnderTheirOwnWrappedKey(@TempDir Path directory) {
        Keyring keyring = Keyring.openOrCreate(directory.resolve("gateway.p12"), "test-password".toCharArray());
        Envelopes envelopes = new Envelopes(keyring, cipher);
        byte[] payload = "{\"mobile\":\"13812341234\"}".getBytes(StandardCharsets.UTF_8);

        Envelopes.SealedEnvelope sealed = envelopes.seal(payload, "quarantine/1");

        assertThat(envelopes.open(sealed, "quarantine/1")).isEqualTo(payload);
        assertThatThrownBy(() -> envelopes.open(sealed, "quarantine/2"))
                .isInstanceOf(TamperedCiphertextException.class);
    }
}
