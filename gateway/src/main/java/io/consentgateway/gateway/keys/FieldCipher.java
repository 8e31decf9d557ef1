package io.consentgateway.gateway.keys;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Authenticated encryption of one value with AES-256-GCM (JDK provider, AES-NI accelerated). Ciphertext layout:
 * {@code [format 1][algorithm 1][key version 4][nonce 12][ciphertext + 16-byte tag]}. The header names the
 * algorithm and key version so other algorithms (SM4-GCM) and rotated keys can coexist. The associated data binds
 * a ciphertext to its owner and column, so a value copied to another row fails to decrypt instead of being read;
 * the header is authenticated too, so nobody can relabel a ciphertext's algorithm or key version.
 */
final class FieldCipher {

    static final byte FORMAT_V1 = 1;
    static final byte AES_256_GCM = 1;
    private static final int HEADER = 1 + 1 + 4;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    byte[] seal(SecretKey key, int keyVersion, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] header = ByteBuffer.allocate(HEADER)
                    .put(FORMAT_V1)
                    .put(AES_256_GCM)
                    .putInt(keyVersion)
                    .array();
            cipher.updateAAD(header);
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER + NONCE + sealed.length)
                    .put(header)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws TamperedCiphertextException when the header is unknown or authentication fails */
    byte[] open(SecretKey key, byte[] ciphertext, byte[] associatedData) {
        if (ciphertext.length < HEADER + NONCE + TAG_BITS / 8
                || ciphertext[0] != FORMAT_V1
                || ciphertext[1] != AES_256_GCM) {
            throw new TamperedCiphertextException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, HEADER, NONCE));
            cipher.updateAAD(ciphertext, 0, HEADER);
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext, HEADER + NONCE, ciphertext.length - HEADER - NONCE);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedCiphertextException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    static int keyVersion(byte[] ciphertext) {
        return ByteBuffer.wrap(ciphertext, 2, 4).getInt();
    }
}
