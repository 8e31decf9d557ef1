package io.consentgateway.gateway.keys;

import java.nio.charset.StandardCharsets;

/**
 * Wraps data keys with the current KEK (AES-256-GCM) and unwraps them with whichever KEK version the wrapped
 * blob's header names. The context binds a wrapped key to its owner, so it cannot be swapped onto another record.
 */
final class KeyWrapping {

    private final Keyring keyring;
    private final FieldCipher cipher;

    KeyWrapping(Keyring keyring, FieldCipher cipher) {
        this.keyring = keyring;
        this.cipher = cipher;
    }

    Wrapped wrap(byte[] keyMaterial, String context) {
        int version = keyring.currentKekVersion();
        byte[] wrapped =
                cipher.seal(FieldAlgorithm.AES_256_GCM, keyring.kek(version), version, keyMaterial, bytes(context));
        return new Wrapped(wrapped, version);
    }

    byte[] unwrap(byte[] wrapped, String context) {
        return cipher.open(keyring.kek(FieldCipher.keyVersion(wrapped)), wrapped, bytes(context));
    }

    String currentKekId() {
        return kekId(keyring.currentKekVersion());
    }

    static String kekId(int version) {
        return "kek-" + version;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Wrapped(byte[] bytes, int kekVersion) {
        String kekId() {
            return KeyWrapping.kekId(kekVersion);
        }
    }
}
