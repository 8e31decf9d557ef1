package io.consentgateway.gateway.keys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticated encryption of one value, AES-256-GCM or SM4-GCM. Ciphertext layout:
 * {@code [format 1][algorithm 1][key version 4][nonce 12][ciphertext + 16-byte tag]}. The header names the
 * algorithm and key version so both algorithms and rotated keys coexist, and it is authenticated together with the
 * caller's associated data (owner and column): a relabelled ciphertext, or one copied to another row or column,
 * fails loudly instead of being read.
 */
final class FieldCipher {

    static final byte FORMAT_V1 = 1;
    static final int HEADER = 1 + 1 + 4;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final CryptoProviders providers;

    FieldCipher(CryptoProviders providers) {
        this.providers = providers;
    }

    byte[] seal(FieldAlgorithm algorithm, SecretKey key, int keyVersion, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER)
                .put(FORMAT_V1)
                .put(algorithm.id())
                .putInt(keyVersion)
                .array();
        try {
            Cipher cipher = providers.cipher(algorithm);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER + NONCE + sealed.length)
                    .put(header)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.configName() + " encryption failed", e);
        }
    }

    /** @throws TamperedCiphertextException when the header is unknown or authentication fails */
    byte[] open(SecretKey key, byte[] ciphertext, byte[] associatedData) {
        if (ciphertext.length < HEADER + NONCE + TAG_BITS / 8 || ciphertext[0] != FORMAT_V1) {
            throw new TamperedCiphertextException();
        }
        FieldAlgorithm algorithm = algorithmOf(ciphertext);
        try {
            Cipher cipher = providers.cipher(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, HEADER, NONCE));
            cipher.updateAAD(ciphertext, 0, HEADER);
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext, HEADER + NONCE, ciphertext.length - HEADER - NONCE);
        } catch (AEADBadTagException e) {
            throw new TamperedCiphertextException();
        } catch (java.security.InvalidKeyException e) {
            // A key of the wrong algorithm or size for the header: the header was altered or the key is wrong.
            throw new TamperedCiphertextException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.configName() + " decryption failed", e);
        }
    }

    static FieldAlgorithm algorithmOf(byte[] ciphertext) {
        return FieldAlgorithm.fromId(ciphertext[1]);
    }

    static int keyVersion(byte[] ciphertext) {
        return ByteBuffer.wrap(ciphertext, 2, 4).getInt();
    }
}
