package io.consentgateway.gateway.keys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which erasure shard a subject's key belongs to, and each shard's current generation (table {@code erasure_shard}).
 * New keys take a share lock on their shard's row, an erasure an update lock, so no key is sealed under a generation
 * that is being retired.
 */
final class ShardRegistry {

    private final JdbcTemplate jdbc;
    private static final String GENERATION_FOR_SHARE = "select generation from erasure_shard where shard = ? for share";

    private final int shards;
    /** Shards whose row exists (rows are never deleted), so new keys skip the insert. */
    private final Set<Integer> known = ConcurrentHashMap.newKeySet();

    ShardRegistry(JdbcTemplate jdbc, int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("gateway.keys.erasure-shards must be at least 1");
        }
        this.jdbc = jdbc;
        this.shards = shards;
    }

    int shardOf(UUID subjectId) {
        return (int) Long.remainderUnsigned(subjectId.getLeastSignificantBits(), shards);
    }

    int currentGenerationForNewKey(int shard) {
        if (known.contains(shard)) {
            List<Integer> current = jdbc.queryForList(GENERATION_FOR_SHARE, Integer.class, shard);
            if (!current.isEmpty()) {
                return current.get(0);
            }
        }
        // first key of the shard (or its row was rolled back with the transaction that created it)
        jdbc.update("insert into erasure_shard (shard, generation) values (?, 1) on conflict do nothing", shard);
        known.add(shard);
        return jdbc.queryForObject(GENERATION_FOR_SHARE, Integer.class, shard);
    }

    /** Locks the shard for its ratchet and returns the generation being retired. */
    int lockForRatchet(int shard) {
        return jdbc.queryForObject(
                "select generation from erasure_shard where shard = ? for update", Integer.class, shard);
    }

    Map<Integer, Integer> currentGenerations() {
        Map<Integer, Integer> current = new HashMap<>();
        jdbc.query("select shard, generation from erasure_shard", rs -> {
            current.put(rs.getInt(1), rs.getInt(2));
        });
        return current;
    }

    void advance(int shard, int generation) {
        jdbc.update("update erasure_shard set generation = ? where shard = ?", generation, shard);
    }
}
