package io.consentgateway.gateway.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's long-lived secret keys in a PKCS#12 keystore: the key-encryption key (KEK) that wraps every data
 * key, and the separate blind-index key. Generated on first start into the data directory (never committed);
 * loaded on every later start. Key material never leaves this package.
 */
final class Keyring {

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);
    static final String KEK_ALIAS = "kek-1";
    static final String BLIND_INDEX_ALIAS = "blind-index-1";

    private final SecretKey kek;
    private final SecretKey blindIndexKey;

    private Keyring(SecretKey kek, SecretKey blindIndexKey) {
        this.kek = kek;
        this.blindIndexKey = blindIndexKey;
    }

    static Keyring openOrCreate(Path keystore, char[] password) {
        try {
            if (Files.exists(keystore)) {
                return open(keystore, password);
            }
            return create(keystore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keystore " + keystore + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** The development password: read from, or generated into, a file readable by the owner only. */
    static char[] developmentPassword(Path passwordFile) {
        try {
            if (Files.exists(passwordFile)) {
                return Files.readString(passwordFile, StandardCharsets.UTF_8)
                        .strip()
                        .toCharArray();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(passwordFile.getParent());
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            restrictToOwner(passwordFile);
            log.warn(
                    "No gateway.keys.password configured: generated a development keystore password in {}."
                            + " Set GATEWAY_KEYS_PASSWORD in production.",
                    passwordFile);
            return password.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Keyring open(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        SecretKey kek = ((KeyStore.SecretKeyEntry) store.getEntry(KEK_ALIAS, protection)).getSecretKey();
        SecretKey index = ((KeyStore.SecretKeyEntry) store.getEntry(BLIND_INDEX_ALIAS, protection)).getSecretKey();
        log.info("Opened keystore {}", keystore);
        return new Keyring(kek, index);
    }

    private static Keyring create(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        SecretKey kek = aes.generateKey();
        KeyGenerator hmac = KeyGenerator.getInstance("HmacSHA256");
        hmac.init(256);
        SecretKey index = hmac.generateKey();

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        store.setEntry(KEK_ALIAS, new KeyStore.SecretKeyEntry(kek), protection);
        store.setEntry(BLIND_INDEX_ALIAS, new KeyStore.SecretKeyEntry(index), protection);
        Files.createDirectories(keystore.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, password);
        }
        restrictToOwner(keystore);
        log.info("Generated a new keystore {} (KEK and blind-index key)", keystore);
        return new Keyring(kek, index);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    SecretKey kek() {
        return kek;
    }

    String kekId() {
        return KEK_ALIAS;
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }
}
