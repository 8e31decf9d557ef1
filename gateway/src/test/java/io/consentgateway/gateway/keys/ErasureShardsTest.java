package io.consentgateway.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway instances sharing one data directory share its erasure-shard secrets (PIPL Art. 47 erasure holds for all). */
class ErasureShardsTest {

    @TempDir
    Path directory;

    private ErasureShards instance() {
        Keyring keyring = Keyring.openOrCreate(directory.resolve("keystore.p12"), "pw".toCharArray());
        return ErasureShards.openOrCreate(
                directory.resolve("erasure-shards.bin"), 64, keyring, new FieldCipher(new CryptoProviders()));
    }

    @Test
    void aShardSecretCreatedByOneInstanceIsTheOneEveryOtherUses() {
        ErasureShards first = instance();
        ErasureShards second = instance();

        byte[] created = first.secretForNewKey(3, 1).getEncoded();

        assertThat(second.secretForNewKey(3, 1).getEncoded()).isEqualTo(created);
        assertThat(second.secret(3, 1).getEncoded()).isEqualTo(created);
        assertThat(instance().secret(3, 1).getEncoded()).isEqualTo(created);
    }

    @Test
    void aGenerationOneInstanceDestroysIsGoneForTheOthersToo() {
        ErasureShards erasing = instance();
        ErasureShards other = instance();
        other.secretForNewKey(5, 1);
        assertThat(erasing.secret(5, 1)).isNotNull();

        byte[] next = erasing.nextGeneration(5, 2).getEncoded();
        erasing.keepOnly(5, 2);

        assertThatThrownBy(() -> other.secret(5, 1)).isInstanceOf(ShardSecretDestroyedException.class);
        assertThat(other.secret(5, 2).getEncoded()).isEqualTo(next);
    }

    @Test
    void theFirstNewKeyGivesEveryUnusedShardItsFirstSecret() {
        ErasureShards shards = instance();

        shards.secretForNewKey(7, 1);

        ErasureShards reopened = instance();
        for (int shard = 0; shard < 64; shard++) {
            assertThat(reopened.secret(shard, 1)).as("shard %d", shard).isNotNull();
        }
    }

    @Test
    void cleanUpAfterACrashDestroysOnlyGenerationsOlderThanTheDatabasesCurrentOne() {
        ErasureShards shards = instance();
        shards.secretForNewKey(1, 1);
        shards.nextGeneration(1, 2);
        shards.nextGeneration(2, 2);

        // shard 1 moved to generation 2 and crashed before the clean-up; shard 2's move is not committed yet
        shards.keepOnlyCurrent(java.util.Map.of(1, 2, 2, 1));

        assertThatThrownBy(() -> shards.secret(1, 1)).isInstanceOf(ShardSecretDestroyedException.class);
        assertThat(shards.secret(1, 2)).isNotNull();
        assertThat(shards.secret(2, 1)).isNotNull();
        assertThat(shards.secret(2, 2))
                .as("another instance may be sealing under it")
                .isNotNull();
        assertThat(shards.secret(3, 1))
                .as("a shard the database has no row for yet")
                .isNotNull();
    }

    @Test
    void instancesCreatingSecretsAtTheSameTimeLoseNoneAndAgreeOnEach() throws Exception {
        List<ErasureShards> instances = List.of(instance(), instance(), instance());
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<List<byte[]>>> created = new ArrayList<>();
            for (ErasureShards shards : instances) {
                created.add(threads.submit(() -> {
                    List<byte[]> secrets = new ArrayList<>();
                    for (int shard = 0; shard < 64; shard++) {
                        secrets.add(shards.secretForNewKey(shard, 1).getEncoded());
                    }
                    return secrets;
                }));
            }
            ErasureShards later = instance();
            for (Future<List<byte[]>> secrets : created) {
                List<byte[]> seen = secrets.get();
                for (int shard = 0; shard < 64; shard++) {
                    assertThat(seen.get(shard)).isEqualTo(later.secret(shard, 1).getEncoded());
                }
            }
        } finally {
            threads.shutdown();
        }
    }
}
