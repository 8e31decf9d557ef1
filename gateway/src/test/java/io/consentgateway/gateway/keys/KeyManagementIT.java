package io.consentgateway.gateway.keys;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.audit.RevisionContext;
import io.consentgateway.audit.RevisionContextHolder;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PlaintextScan;
import io.consentgateway.gateway.testing.WebMembers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@GatewayIntegrationTest
class KeyManagementIT {

    private static final Map<String, String> PURPOSE = Map.of("X-Access-Purpose", "key-management-test");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CryptoShredder shredder;

    @Autowired
    DataKeys dataKeys;

    @Autowired
    CryptoProviders providers;

    @Autowired
    KeyWrapping wrapping;

    @Autowired
    SigningKeyRepository signingKeys;

    @Autowired
    TransactionTemplate transactions;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "keys-" + UUID.randomUUID());
    }

    private List<String> storeMembers(List<Map<String, Object>> batch) {
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/web", batch);
        assertThat(reply.status()).isEqualTo(202);
        List<String> subjects = new ArrayList<>();
        reply.body().path("outcomes").forEach(outcome -> {
            if ("stored".equals(outcome.path("outcome").asText())) {
                subjects.add(outcome.path("subjectId").asText());
            }
        });
        return subjects;
    }

    private JsonNode fullView(String subjectId) {
        Reply reply = gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", PURPOSE);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    @Test
    void rotatingTheKekKeepsEveryRecordReadableAndLeavesFieldCiphertextUntouched() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(members.aMember());
        }
        batch.add(members.withBadCheckDigit());
        List<String> subjects = storeMembers(batch);
        Map<String, Object> before =
                jdbc.queryForMap("select mobile_ct from subject where id = ?::uuid", subjects.get(0));

        Reply started = gateway.post(ADMIN, "/api/v1/keys/rotations", List.of());
        assertThat(started.status()).isEqualTo(202);
        String rotation = started.body().path("id").asText();
        String target = started.body().path("toKek").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "completed"
                        .equals(gateway.get(ADMIN, "/api/v1/keys/rotations/" + rotation)
                                .body()
                                .path("status")
                                .asText()));

        assertThat(gateway.get(ADMIN, "/api/v1/keys/rotations/" + rotation)
                        .body()
                        .path("rewrapped")
                        .asLong())
                .isGreaterThanOrEqualTo(subjects.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_key where wrapped_key is not null and kek_id <> ?",
                        Long.class,
                        target))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from quarantined_record where kek_id <> ?", Long.class, target))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from signing_key where kek_id <> ?", Long.class, target))
                .isZero();
        assertThat(jdbc.queryForMap("select mobile_ct from subject where id = ?::uuid", subjects.get(0)))
                .as("field ciphertext is not re-encrypted by a KEK rotation")
                .usingRecursiveComparison()
                .isEqualTo(before);
        for (int i = 0; i < subjects.size(); i++) {
            assertThat(fullView(subjects.get(i)).path("mobile").asText())
                    .as("subject %d readable after rotation", i)
                    .isEqualTo("+86" + batch.get(i).get("mobile"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from key_rotation_aud a join audit_revision r on r.id = a.rev"
                                + " where a.id = ?::uuid and r.actor = 'admin' and r.purpose = 'key-rotation'",
                        Long.class,
                        rotation))
                .as("the rotation is audited with its actor")
                .isPositive();
    }

    @Autowired
    KeyRotations rotations;

    @Autowired
    Keyring keyring;

    @Autowired
    KeyRotationRepository rotationRecords;

    @Autowired
    RevisionContextHolder revisions;

    @Test
    void aRotationInterruptedByARestartResumesWhereItStopped() {
        storeMembers(List.of(members.aMember(), members.aMember()));
        // What a crash leaves behind: a new KEK version saved and a rotation marked running, nothing re-wrapped.
        String from = "kek-" + keyring.currentKekVersion();
        String to = "kek-" + keyring.addKekVersion();
        UUID interrupted = UUID.randomUUID();
        revisions.callWith(
                new RevisionContext("admin", "admin", "api", "key-rotation", "crash-simulation"),
                () -> transactions.execute(status -> rotationRecords.save(new KeyRotation(
                        interrupted, from, to, "admin", Clock.systemUTC().instant()))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_key where wrapped_key is not null and kek_id <> ?",
                        Long.class,
                        to))
                .isPositive();

        rotations.resumeInterrupted();

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        rotations.status(interrupted).orElseThrow().status().equals("completed"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject_key where wrapped_key is not null and kek_id <> ?",
                        Long.class,
                        to))
                .isZero();
    }

    @Test
    void onlyKeyManagersMayRotate() {
        assertThat(gateway.post(OPERATIONS, "/api/v1/keys/rotations", List.of()).status())
                .isEqualTo(403);
        assertThat(gateway.post(INTEGRATOR, "/api/v1/keys/rotations", List.of()).status())
                .isEqualTo(403);
    }

    // PIPL Art. 47: deletion by crypto-shredding; nobody else is affected.
    @Test
    void shreddingOneSubjectMakesItAndItsHistoryUnreadableAndLeavesOthersReadable() {
        Map<String, Object> erasedMember = members.aMember();
        Map<String, Object> keptMember = members.aMember();
        List<String> subjects = storeMembers(List.of(erasedMember, keptMember));
        String erased = subjects.get(0);
        storeMembers(List.of(members.samePersonAgain(erasedMember)));

        assertThat(shredder.shred(UUID.fromString(erased))).isTrue();

        JsonNode view = fullView(erased);
        assertThat(view.path("erased").asBoolean()).isTrue();
        assertThat(view.path("mobile").asText()).isEqualTo("[erased]");
        assertThat(view.path("name").asText()).isEqualTo("[erased]");
        assertThat(gateway.get(OPERATIONS, "/api/v1/subjects/" + erased)
                        .body()
                        .path("idNumber")
                        .asText())
                .isEqualTo("[erased]");
        assertThat(fullView(subjects.get(1)).path("mobile").asText()).isEqualTo("+86" + keptMember.get("mobile"));
        assertThat(jdbc.queryForObject("select count(*) from subject_aud where id = ?::uuid", Long.class, erased))
                .as(
                        "history rows remain, holding ciphertext only: %s",
                        jdbc.queryForList(
                                "select a.rev, a.revtype, r.actor, r.purpose, r.request_id, r.revision_at from subject_aud a"
                                        + " join audit_revision r on r.id = a.rev where a.id = ?::uuid order by a.rev",
                                erased))
                .isEqualTo(2);
        assertThat(dataKeys.find(UUID.fromString(erased)))
                .as("no key opens the history")
                .isEmpty();
        assertThat(shredder.shred(UUID.fromString(erased)))
                .as("shredding twice is harmless")
                .isFalse();
    }

    @Test
    void aPersonArrivingAgainAfterErasureBecomesANewSubject() {
        Map<String, Object> member = members.aMember();
        String erased = storeMembers(List.of(member)).get(0);
        shredder.shred(UUID.fromString(erased));

        String again = storeMembers(List.of(members.samePersonAgain(member))).get(0);

        assertThat(again).isNotEqualTo(erased);
        assertThat(fullView(again).path("mobile").asText()).isEqualTo("+86" + member.get("mobile"));
    }

    @Test
    void sm2AndEd25519SignaturesVerifyAndDetectTampering() {
        byte[] receipt = "{\"purpose\":\"marketing\",\"granted\":true}".getBytes(StandardCharsets.UTF_8);
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            Signer signer = transactions.execute(
                    status -> new Signer(providers, wrapping, signingKeys, algorithm, Clock.systemUTC()));
            Signer.DetachedSignature signature = signer.sign(receipt);

            assertThat(signature.algorithm()).isEqualTo(algorithm);
            assertThat(signer.verify(receipt, signature))
                    .as(algorithm.configName())
                    .isTrue();
            byte[] altered = receipt.clone();
            altered[3] ^= 1;
            assertThat(signer.verify(altered, signature))
                    .as("altered data, " + algorithm)
                    .isFalse();
            byte[] forged = signature.value().clone();
            forged[forged.length - 1] ^= 1;
            assertThat(signer.verify(receipt, new Signer.DetachedSignature(algorithm, signature.keyId(), forged)))
                    .as("forged signature, " + algorithm)
                    .isFalse();
            assertThat(signer.verify(
                            receipt, new Signer.DetachedSignature(algorithm, "unknown-key", signature.value())))
                    .isFalse();
            assertThat(signer.publicKey().x509()).isNotEmpty();
        }
    }

    // PIPL Art. 51: encryption at rest, proven over 1,000 generated customers.
    @Test
    void noColumnHoldsPlaintextPersonalDataAfterAThousandRecords() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            batch.add(i % 10 == 9 ? members.withBadCheckDigit() : members.aMember());
        }
        storeMembers(batch);
        List<String> values = new ArrayList<>();
        for (Map<String, Object> member : batch) {
            values.add((String) member.get("mobile"));
            values.add("+86" + member.get("mobile"));
            values.add((String) member.get("idNumber"));
            values.add((String) member.get("name"));
        }

        assertThat(new PlaintextScan(jdbc).columnsContainingAnyOf(values))
                .as("columns holding clear personal data")
                .isEmpty();
    }
}
