package io.consentgateway.bench;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The groups measured, each with its baseline first: field ciphers, blind indexes, audit row digests, consent receipt
 * signatures.
 */
final class Workloads {

    private final Provider bouncyCastle;
    private final SecureRandom random = new SecureRandom();

    Workloads(Provider bouncyCastle) {
        this.bouncyCastle = bouncyCastle;
    }

    List<Group> groups() {
        return List.of(fieldCiphers(), blindIndexes(), auditRowDigests(), receiptSignatures());
    }

    Group fieldCiphers() {
        SecretKey aes256 = key(32, "AES");
        SecretKey sm4 = key(16, "SM4");
        return new Group(
                "field round trip",
                List.of(
                        roundTrip(
                                "AES-256-GCM (JDK)",
                                () -> Cipher.getInstance("AES/GCM/NoPadding"),
                                GcmFieldCipher.AES_256_GCM,
                                aes256),
                        roundTrip(
                                "AES-256-GCM (BC)",
                                () -> Cipher.getInstance("AES/GCM/NoPadding", bouncyCastle),
                                GcmFieldCipher.AES_256_GCM,
                                aes256),
                        roundTrip(
                                "SM4-GCM (BC)",
                                () -> Cipher.getInstance("SM4/GCM/NoPadding", bouncyCastle),
                                GcmFieldCipher.SM4_GCM,
                                sm4)));
    }

    Group blindIndexes() {
        String mobile = FieldSample.shortValues().get(0).value();
        return new Group(
                "blind index (mobile)",
                List.of(
                        new Variant(
                                "HMAC-SHA-256 (JDK)",
                                new BlindIndexDigest(
                                        () -> Mac.getInstance("HmacSHA256"), key(32, "HmacSHA256"), mobile)),
                        new Variant(
                                "HMAC-SM3 (BC)",
                                new BlindIndexDigest(
                                        () -> Mac.getInstance("HMACSM3", bouncyCastle), key(32, "HMACSM3"), mobile))));
    }

    Group auditRowDigests() {
        byte[] row = AuditRowDigest.canonicalRow();
        return new Group(
                "audit row digest (1 KB)",
                List.of(
                        new Variant(
                                "SHA-256 (JDK)", new AuditRowDigest(() -> MessageDigest.getInstance("SHA-256"), row)),
                        new Variant(
                                "SM3 (BC)",
                                new AuditRowDigest(() -> MessageDigest.getInstance("SM3", bouncyCastle), row))));
    }

    /** Ed25519 from the JDK (the baseline) and from Bouncy Castle with the same key, and SM2 with SM3. */
    Group receiptSignatures() {
        try {
            KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            PrivateKey sameKeyInBc = KeyFactory.getInstance("Ed25519", bouncyCastle)
                    .generatePrivate(
                            new PKCS8EncodedKeySpec(ed25519.getPrivate().getEncoded()));
            KeyPairGenerator sm2 = KeyPairGenerator.getInstance("EC", bouncyCastle);
            sm2.initialize(new ECGenParameterSpec("sm2p256v1"));
            return new Group(
                    "consent receipt signature",
                    List.of(
                            new Variant(
                                    "Ed25519 (JDK)",
                                    new ReceiptSigning(() -> Signature.getInstance("Ed25519"), ed25519.getPrivate())),
                            new Variant(
                                    "Ed25519 (BC)",
                                    new ReceiptSigning(
                                            () -> Signature.getInstance("Ed25519", bouncyCastle), sameKeyInBc)),
                            new Variant(
                                    "SM2 with SM3 (BC)",
                                    new ReceiptSigning(
                                            () -> Signature.getInstance("SM3withSM2", bouncyCastle),
                                            sm2.generateKeyPair().getPrivate()))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the signing keys", e);
        }
    }

    private Variant roundTrip(String name, JcaLookup<Cipher> ciphers, byte algorithm, SecretKey key) {
        GcmFieldCipher cipher = new GcmFieldCipher(ciphers, algorithm);
        return new Variant(name, new FieldRoundTrip(name, cipher, key, FieldSample.shortValues()));
    }

    private SecretKey key(int bytes, String algorithm) {
        byte[] material = new byte[bytes];
        random.nextBytes(material);
        return new SecretKeySpec(material, algorithm);
    }
}
