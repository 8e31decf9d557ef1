package io.consentgateway.gateway.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's long-lived secret keys in a PKCS#12 keystore: versioned key-encryption keys ({@code kek-1},
 * {@code kek-2}, ...; AES-256, the newest wraps new data keys) and the separate blind-index key. Generated on first
 * start into the data directory (never committed), extended by rotation, loaded on every later start. Older KEKs
 * stay so that anything still wrapped by them can be re-wrapped. Key material never leaves this package.
 */
final class Keyring {

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);
    private static final String KEK_PREFIX = "kek-";
    static final String BLIND_INDEX_ALIAS = "blind-index-1";

    private final Path keystore;
    private final char[] password;
    private final Map<Integer, SecretKey> keks;
    private final SecretKey blindIndexKey;

    private Keyring(Path keystore, char[] password, Map<Integer, SecretKey> keks, SecretKey blindIndexKey) {
        this.keystore = keystore;
        this.password = password.clone();
        this.keks = new TreeMap<>(keks);
        this.blindIndexKey = blindIndexKey;
    }

    static Keyring openOrCreate(Path keystore, char[] password) {
        try {
            return Files.exists(keystore) ? open(keystore, password) : create(keystore, password);
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
            Files.createDirectories(passwordFile.toAbsolutePath().getParent());
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
        Map<Integer, SecretKey> keks = new TreeMap<>();
        for (String alias : Collections.list(store.aliases())) {
            if (alias.startsWith(KEK_PREFIX)) {
                keks.put(
                        Integer.parseInt(alias.substring(KEK_PREFIX.length())),
                        ((KeyStore.SecretKeyEntry) store.getEntry(alias, protection)).getSecretKey());
            }
        }
        if (keks.isEmpty() || !store.containsAlias(BLIND_INDEX_ALIAS)) {
            throw new GeneralSecurityException("it holds no key-encryption key or no blind-index key");
        }
        SecretKey index = ((KeyStore.SecretKeyEntry) store.getEntry(BLIND_INDEX_ALIAS, protection)).getSecretKey();
        log.info("Opened keystore {} (KEK versions {})", keystore, keks.keySet());
        return new Keyring(keystore, password, keks, index);
    }

    private static Keyring create(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyGenerator hmac = KeyGenerator.getInstance("HmacSHA256");
        hmac.init(256);
        Keyring keyring = new Keyring(keystore, password, Map.of(1, newKek()), hmac.generateKey());
        keyring.save();
        log.info("Generated a new keystore {} (KEK version 1 and the blind-index key)", keystore);
        return keyring;
    }

    /** Adds a new KEK version, saved before it is used; returns its version. */
    synchronized int addKekVersion() {
        int next = currentKekVersion() + 1;
        try {
            keks.put(next, newKek());
            save();
        } catch (IOException e) {
            keks.remove(next);
            throw new UncheckedIOException("Cannot write the keystore " + keystore, e);
        } catch (GeneralSecurityException e) {
            keks.remove(next);
            throw new IllegalStateException("Cannot add a key-encryption key", e);
        }
        log.info("Added key-encryption key version {} to {}", next, keystore);
        return next;
    }

    synchronized int currentKekVersion() {
        return ((TreeMap<Integer, SecretKey>) keks).lastKey();
    }

    synchronized SecretKey kek(int version) {
        SecretKey kek = keks.get(version);
        if (kek == null) {
            throw new IllegalStateException("Key-encryption key version " + version + " is not in the keystore");
        }
        return kek;
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    private void save() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        for (Map.Entry<Integer, SecretKey> kek : keks.entrySet()) {
            store.setEntry(KEK_PREFIX + kek.getKey(), new KeyStore.SecretKeyEntry(kek.getValue()), protection);
        }
        store.setEntry(BLIND_INDEX_ALIAS, new KeyStore.SecretKeyEntry(blindIndexKey), protection);
        Path directory = keystore.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path pending = Files.createTempFile(directory, "keystore", ".tmp");
        restrictToOwner(pending);
        try (OutputStream out = Files.newOutputStream(pending)) {
            store.store(out, password);
        }
        Files.move(pending, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static SecretKey newKek() throws GeneralSecurityException {
        KeyGenerator aes = KeyGenerator.getInstance("AES");
        aes.init(256);
        return aes.generateKey();
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
