package io.consentgateway.bench;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The gateway's FieldCipher with the cipher lookup and algorithm id as parameters, so AES-GCM and SM4-GCM from
 * either provider are measured doing exactly the same work: a fresh 12-byte nonce per value, a 128-bit tag, and the
 * 6-byte header {@code [format][algorithm][key version]} authenticated together with the associated data. Copied
 * rather than depended on: the bench module must not depend on the gateway.
 */
final class GcmFieldCipher {

    static final byte FORMAT_V1 = 1;
    static final byte AES_256_GCM = 1;
    static final byte SM4_GCM = 2;
    private static final int HEADER = 1 + 1 + 4;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final JcaLookup<Cipher> ciphers;
    private final byte algorithm;
    private final SecureRandom random = new SecureRandom();

    GcmFieldCipher(JcaLookup<Cipher> ciphers, byte algorithm) {
        this.ciphers = ciphers;
        this.algorithm = algorithm;
    }

    byte[] seal(SecretKey key, int keyVersion, byte[] plaintext, byte[] associatedData)
            throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        Cipher cipher = ciphers.create();
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        byte[] header = ByteBuffer.allocate(HEADER)
                .put(FORMAT_V1)
                .put(algorithm)
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
    }

    /** @throws AEADBadTagException when the header is not this cipher's or authentication fails */
    byte[] open(SecretKey key, byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        if (ciphertext.length < HEADER + NONCE + TAG_BITS / 8
                || ciphertext[0] != FORMAT_V1
                || ciphertext[1] != algorithm) {
            throw new AEADBadTagException("unknown ciphertext header");
        }
        Cipher cipher = ciphers.create();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, HEADER, NONCE));
        cipher.updateAAD(ciphertext, 0, HEADER);
        cipher.updateAAD(associatedData);
        return cipher.doFinal(ciphertext, HEADER + NONCE, ciphertext.length - HEADER - NONCE);
    }
}
