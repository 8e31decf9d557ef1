package io.consentgateway.gateway.audit;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Tampering the way someone with the database owner's rights would (triggers switched off for the session), then
 * asking the verifier. Each test undoes its tampering and sees the chain whole again. A database of its own (a
 * separate context) with a checkpoint every 5 links and the background chainer idle, so only the tests move it.
 */
@GatewayIntegrationTest
@TestPropertySource(properties = {"gateway.audit.checkpoint-every-rows=5", "gateway.audit.chain-interval=1h"})
class AuditChainTamperIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    AuditChainer chainer;

    @Autowired
    AuditChainVerification verification;

    private GatewayHttp gateway;

    @BeforeEach
    void someAuditedActivity() {
        gateway = new GatewayHttp(port);
        WebMembers members = new WebMembers(7, "tamper-" + UUID.randomUUID());
        String subjectId = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(members.aMember(), members.aMember()))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        for (String purpose : List.of("fraud-check", "complaint-handling", "customer-service-callback")) {
            gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", purpose));
        }
        chainer.chainPending();
        assertThat(chain().path("intact").asBoolean())
                .as("intact before tampering")
                .isTrue();
    }

    @Test
    void anUntouchedChainIsReportedIntactWithCountsAndItsLatestCheckpoint() {
        JsonNode status = chain();
        assertThat(status.path("verifiedPositions").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(status.path("checkpoints").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(status.path("lastCheckpoint").path("signatureAlgorithm").asText())
                .isEqualTo("ed25519");
        assertThat(status.path("algorithm").asText()).isEqualTo("sha-256");
        assertThat(status.has("firstBreak")).isFalse();
    }

    @Test
    @Article("CSL-21")
    void anEditedAuditRowIsFoundWithItsPosition() {
        long id = latest("audit_event");
        asOwner("update audit_event set purpose = 'marketing' where id = " + id);

        assertBroken("row-altered", "audit_event", String.valueOf(id));

        asOwner("update audit_event set purpose = 'customer-service-callback' where id = " + id);
        assertIntact();
    }

    @Test
    void aDeletedAuditRowIsFound() {
        String id =
                jdbc.queryForObject("select id::text from consent_event order by recorded_at limit 1", String.class);
        String saved = jdbc.queryForObject(
                "select to_jsonb(t)::text from consent_event t where id = ?::uuid", String.class, id);
        asOwner("delete from consent_event where id = '" + id + "'");

        assertBroken("row-deleted", "consent_event", id);

        asOwner("insert into consent_event select * from jsonb_populate_record(null::consent_event, '" + saved
                + "'::jsonb)");
        assertIntact();
    }

    @Test
    void twoReorderedLinksAreFound() {
        asOwner(
                "update audit_chain set position = -1 where position = 3",
                "update audit_chain set position = 3 where position = 4",
                "update audit_chain set position = 4 where position = -1");

        JsonNode broken = assertBroken("broken-link", null, null);
        assertThat(broken.path("position").asLong()).isEqualTo(3);

        asOwner(
                "update audit_chain set position = -1 where position = 3",
                "update audit_chain set position = 3 where position = 4",
                "update audit_chain set position = 4 where position = -1");
        assertIntact();
    }

    @Test
    @Article("CSL-21")
    void aTailTruncatedAfterACheckpointIsFound() {
        long checkpointed = jdbc.queryForObject("select max(position) from audit_checkpoint", Long.class);
        asOwner(
                "create table audit_chain_backup as select * from audit_chain where position >= " + checkpointed,
                "delete from audit_chain where position >= " + checkpointed);

        JsonNode broken = assertBroken("truncated-after-checkpoint", null, null);
        assertThat(broken.path("position").asLong()).isEqualTo(checkpointed);

        asOwner("insert into audit_chain select * from audit_chain_backup", "drop table audit_chain_backup");
        assertIntact();
    }

    @Test
    void aForgedCheckpointSignatureIsFound() {
        long id = jdbc.queryForObject("select min(id) from audit_checkpoint", Long.class);
        asOwner("update audit_checkpoint set signature = set_byte(signature, 0, get_byte(signature, 0) # 1) where id = "
                + id);

        assertBroken("checkpoint-signature-invalid", null, null);

        asOwner("update audit_checkpoint set signature = set_byte(signature, 0, get_byte(signature, 0) # 1) where id = "
                + id);
        assertIntact();
    }

    @Test
    void anAuditRowSlippedInWithoutTheChainIsFound() {
        asOwner("insert into audit_event (id, occurred_at, action, actor, roles, purpose, channel, request_id)"
                + " values (999999, now(), 'subject.read-full', 'intruder', 'admin', 'x', 'api', 'forged')");

        assertBroken("row-unchained", "audit_event", "999999");

        asOwner("delete from audit_event where id = 999999");
        assertIntact();
    }

    @Test
    void theCommandLineVerifierPrintsTheVerdict() {
        assertThat(AuditVerifyCommand.describe(verification.verify())).startsWith("audit chain OK: ");
        long id = latest("audit_event");
        asOwner("update audit_event set actor = 'someone-else' where id = " + id);

        assertThat(AuditVerifyCommand.describe(verification.verify()))
                .startsWith("audit chain BROKEN: the audit row at position")
                .contains("was altered (audit_event " + id + ")");

        asOwner("update audit_event set actor = 'admin' where id = " + id);
        assertIntact();
    }

    private long latest(String table) {
        return jdbc.queryForObject("select max(id) from " + table, Long.class);
    }

    private JsonNode chain() {
        GatewayHttp.Reply reply = gateway.get(COMPLIANCE, "/api/v1/audit/chain");
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode assertBroken(String reason, String source, String sourceId) {
        JsonNode status = chain();
        assertThat(status.path("intact").asBoolean()).isFalse();
        JsonNode firstBreak = status.path("firstBreak");
        assertThat(firstBreak.path("reason").asText()).isEqualTo(reason);
        assertThat(firstBreak.path("description").asText()).isNotBlank();
        if (source != null) {
            assertThat(firstBreak.path("source").asText()).isEqualTo(source);
            assertThat(firstBreak.path("sourceId").asText()).isEqualTo(sourceId);
        }
        return firstBreak;
    }

    private void assertIntact() {
        JsonNode status = chain();
        assertThat(status.path("intact").asBoolean())
                .as("whole again: %s", status.path("firstBreak"))
                .isTrue();
    }

    /** As the owner with triggers off for the session: what an insider with full rights could do. */
    private void asOwner(String... statements) {
        try (Connection connection = ownerDataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("reset session_replication_role");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
