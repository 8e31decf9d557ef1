package io.consentgateway.gateway.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The erasure-shard secrets, one per (shard, generation), in a file next to the keystore — deliberately not in the
 * database, so a database backup never holds them. The file is sealed under the current KEK and replaced atomically.
 * Erasing a subject adds a new generation for its shard and, once the database moved the shard's keys to it, drops the
 * old one: from then on no backup of the database can open the erased subject's data key.
 *
 * <p>Several gateway instances may share the file (one data directory or a shared volume): every change is a
 * read-modify-write under an exclusive lock on {@code <file>.lock}, and an instance reads the file again whenever it
 * was replaced since it last did, so all instances use the same secret for a shard and see each other's new and
 * destroyed generations.
 */
final class ErasureShards {

    private static final byte[] CONTEXT = "erasure-shards".getBytes(StandardCharsets.UTF_8);
    /** The generation a shard's first key is sealed under ({@code erasure_shard} rows start at 1). */
    private static final int FIRST_GENERATION = 1;

    private final Path file;
    private final int shardCount;
    private final Keyring keyring;
    private final FieldCipher cipher;
    private final SecureRandom random = new SecureRandom();
    private final Map<Generation, byte[]> secrets = new HashMap<>();
    private Object loadedVersion;

    private ErasureShards(Path file, int shardCount, Keyring keyring, FieldCipher cipher) {
        this.file = file;
        this.shardCount = shardCount;
        this.keyring = keyring;
        this.cipher = cipher;
    }

    static ErasureShards openOrCreate(Path file, int shardCount, Keyring keyring, FieldCipher cipher) {
        ErasureShards shards = new ErasureShards(file, shardCount, keyring, cipher);
        shards.reloadIfReplaced();
        return shards;
    }

    /** @throws ShardSecretDestroyedException when that generation was destroyed by an erasure */
    synchronized SecretKey secret(int shard, int generation) {
        reloadIfReplaced();
        byte[] secret = secrets.get(new Generation(shard, generation));
        if (secret == null) {
            throw new ShardSecretDestroyedException();
        }
        return new SecretKeySpec(secret, "AES");
    }

    /** The shard's current secret for a new key, created (and saved) the first time the shard is used. */
    synchronized SecretKey secretForNewKey(int shard, int generation) {
        reloadIfReplaced();
        Generation key = new Generation(shard, generation);
        byte[] secret = secrets.get(key);
        if (secret != null) {
            return new SecretKeySpec(secret, "AES");
        }
        // another instance may have created it since: the one in the file wins
        return new SecretKeySpec(
                underLock(() -> {
                    if (generation == FIRST_GENERATION) {
                        // every shard not used yet gets its first secret now: one write of the file, not one per shard
                        Set<Integer> used =
                                secrets.keySet().stream().map(Generation::shard).collect(Collectors.toSet());
                        for (int other = 0; other < shardCount; other++) {
                            if (!used.contains(other)) {
                                secrets.put(new Generation(other, FIRST_GENERATION), newSecret());
                            }
                        }
                    }
                    return secrets.computeIfAbsent(key, absent -> newSecret());
                }),
                "AES");
    }

    /** A new generation for the shard, saved before any key is sealed under it. */
    synchronized SecretKey nextGeneration(int shard, int generation) {
        byte[] secret = newSecret();
        underLock(() -> secrets.put(new Generation(shard, generation), secret));
        return new SecretKeySpec(secret, "AES");
    }

    /** Destroys every other generation of the shard (after the database committed the move to this one). */
    synchronized void keepOnly(int shard, int generation) {
        underLock(() -> secrets.keySet().removeIf(key -> key.shard() == shard && key.generation() != generation));
    }

    /**
     * After a crash between a ratchet's commit and its clean-up: destroy the generations older than the one the
     * database uses. Secrets of shards without a row and newer generations stay: another instance may be sealing a
     * key under them in a transaction not committed yet.
     */
    synchronized void keepOnlyCurrent(Map<Integer, Integer> currentGenerations) {
        underLock(() -> secrets.keySet().removeIf(key -> {
            Integer current = currentGenerations.get(key.shard());
            return current != null && key.generation() < current;
        }));
    }

    private byte[] newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return secret;
    }

    /** Read the file, change, write it back: holding the lock, so no instance's change overwrites another's. */
    private <T> T underLock(Supplier<T> change) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try {
            Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent()));
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = exclusive(channel)) {
                reloadIfReplaced(); // what another instance wrote before we held the lock
                T result = change.get();
                save();
                loadedVersion = version();
                return result;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the erasure shards " + lockFile, e);
        }
    }

    /** Another instance in this JVM (tests) holds the lock as an overlapping lock rather than by blocking us. */
    private static FileLock exclusive(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for the erasure-shard lock", e);
                }
            }
        }
    }

    /**
     * The file is replaced atomically on every change: a new inode, modification time or size means another
     * instance wrote (all three, as a freed inode is soon reused).
     */
    private void reloadIfReplaced() {
        Object current = version();
        if (current != null && !current.equals(loadedVersion)) {
            load();
            loadedVersion = current;
        }
    }

    private Object version() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException missing) {
            return null;
        }
    }

    private void load() {
        try {
            byte[] sealed = Files.readAllBytes(file);
            byte[] plain = cipher.open(keyring.kek(FieldCipher.keyVersion(sealed)), sealed, CONTEXT);
            secrets.clear();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    Generation key = new Generation(in.readInt(), in.readInt());
                    byte[] secret = new byte[32];
                    in.readFully(secret);
                    secrets.put(key, secret);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the erasure shards " + file, e);
        }
    }

    private void save() {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(plain)) {
                out.writeInt(secrets.size());
                for (Map.Entry<Generation, byte[]> entry : secrets.entrySet()) {
                    out.writeInt(entry.getKey().shard());
                    out.writeInt(entry.getKey().generation());
                    out.write(entry.getValue());
                }
            }
            int version = keyring.currentKekVersion();
            byte[] sealed = cipher.seal(
                    FieldAlgorithm.AES_256_GCM, keyring.kek(version), version, plain.toByteArray(), CONTEXT);
            Path directory = Objects.requireNonNull(file.toAbsolutePath().getParent());
            Files.createDirectories(directory);
            Path pending = Files.createTempFile(directory, "erasure-shards", ".tmp");
            if (pending.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(pending, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(pending, sealed);
            Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the erasure shards " + file, e);
        }
    }

    private record Generation(int shard, int generation) {}
}
