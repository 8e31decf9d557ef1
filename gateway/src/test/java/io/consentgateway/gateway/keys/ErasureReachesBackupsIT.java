package io.consentgateway.gateway.keys;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A database backup taken before an erasure, restored next to the live data, with every key the gateway holds: the
 * erased customer stays unreadable, the others in the same erasure shard stay readable live. Two shards, so shard-mates
 * are certain.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = "gateway.keys.erasure-shards=2")
class ErasureReachesBackupsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    CryptoShredder shredder;

    @Autowired
    DataKeys dataKeys;

    @Autowired
    FieldEncryption encryption;

    // PIPL Art. 47: deletion must reach every copy the handler controls, backups included.
    @Test
    @Article("47")
    void aBackupTakenBeforeAnErasureCannotOpenTheErasedCustomerAndShardMatesStayReadable() {
        GatewayHttp gateway = new GatewayHttp(port);
        WebMembers members = new WebMembers(5, "backup-" + UUID.randomUUID());
        List<String> subjects = new ArrayList<>();
        String erased = null;
        int shard = -1;
        List<String> mates = List.of();
        // customers until the first one has shard-mates (with two shards, a handful at most)
        while (mates.isEmpty() && subjects.size() < 40) {
            subjects.add(gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(members.aMember()))
                    .body()
                    .path("outcomes")
                    .get(0)
                    .path("subjectId")
                    .asText());
            erased = subjects.get(0);
            shard = jdbc.queryForObject(
                    "select erasure_shard from subject_key where subject_id = ?::uuid", Integer.class, erased);
            mates = jdbc.queryForList(
                    "select subject_id::text from subject_key where erasure_shard = ? and subject_id <> ?::uuid",
                    String.class,
                    shard,
                    erased);
        }
        assertThat(mates).as("shard-mates in a two-shard store").isNotEmpty();
        String target = erased;

        // the backup: the key and customer rows as a pg_dump would hold them, restored into a scratch schema
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        owner.execute("drop schema if exists backup cascade");
        owner.execute("create schema backup");
        owner.execute("create table backup.subject_key as select * from public.subject_key");
        owner.execute("create table backup.subject as select * from public.subject");
        assertThat(mobileFromBackup(owner, erased))
                .as("the backup opens before the erasure")
                .startsWith("+86");

        assertThat(shredder.shred(UUID.fromString(erased))).isTrue();

        assertThatThrownBy(() -> mobileFromBackup(owner, target))
                .as("after the erasure, the backup's copy of the key no longer opens")
                .isInstanceOf(ShardSecretDestroyedException.class);
        for (String mate : mates) {
            assertThat(gateway.get(
                                    ADMIN,
                                    "/api/v1/subjects/" + mate + "?view=full",
                                    Map.of("X-Access-Purpose", "backup-test"))
                            .body()
                            .path("mobile")
                            .asText())
                    .as("a shard-mate, resealed under the new generation, reads live")
                    .startsWith("+86");
        }
        assertThat(jdbc.queryForObject(
                        "select count(distinct shard_generation) from subject_key where erasure_shard = ?"
                                + " and wrapped_key is not null",
                        Integer.class,
                        shard))
                .isEqualTo(1);
        owner.execute("drop schema backup cascade");
    }

    private String mobileFromBackup(JdbcTemplate owner, String subjectId) {
        Map<String, Object> key = owner.queryForMap(
                "select wrapped_key, erasure_shard, algorithm from backup.subject_key where subject_id = ?::uuid",
                subjectId);
        byte[] mobile = owner.queryForObject(
                "select mobile_ct from backup.subject where id = ?::uuid", byte[].class, subjectId);
        UUID id = UUID.fromString(subjectId);
        byte[] material = dataKeys.open(id, (byte[]) key.get("wrapped_key"), (Integer) key.get("erasure_shard"));
        FieldAlgorithm algorithm = FieldAlgorithm.fromConfig((String) key.get("algorithm"));
        DataKey dataKey = new DataKey(id, new SecretKeySpec(material, algorithm.keyAlgorithm()), algorithm, 1);
        return encryption.decrypt(dataKey, "mobile", mobile);
    }
}
