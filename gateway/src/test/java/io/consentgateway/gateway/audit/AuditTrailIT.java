package io.consentgateway.gateway.audit;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.keys.CryptoShredder;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PlaintextScan;
import io.consentgateway.gateway.testing.SignedZips;
import io.consentgateway.gateway.testing.WebMembers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who did what to whose data, when and why — and the answer never holds the data itself. */
@GatewayIntegrationTest
class AuditTrailIT {

    private static final String WEB = "/api/v1/ingest/web";
    private static final List<String> AUDIT_TABLES = List.of(
            "audit_revision",
            "audit_event",
            "audit_chain",
            "audit_checkpoint",
            "consent_event",
            "notice",
            "subject_aud",
            "key_rotation_aud",
            "customer_account_aud");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("ownerDataSource")
    javax.sql.DataSource ownerDataSource;

    @Autowired
    CryptoShredder shredder;

    @Autowired
    AuditChainer chainer;

    private final ObjectMapper json = new ObjectMapper();
    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "audit-" + UUID.randomUUID());
    }

    // PIPL Arts. 51 and 54: every read that reveals unmasked PI is logged with who, whose, which fields and why.
    @Test
    @Article({"51", "54"})
    void everyFullReadIsInTheReadAccessLogWithItsFieldsPurposeAndRequestId() {
        String subjectId = ingest(members.aMember()).path("subjectId").asText();
        assertThat(gateway.get(OPERATIONS, "/api/v1/subjects/" + subjectId).status())
                .isEqualTo(200);
        Reply full = gateway.get(
                ADMIN,
                "/api/v1/subjects/" + subjectId + "?view=full",
                Map.of("X-Access-Purpose", "customer-service-callback"));
        assertThat(full.status()).isEqualTo(200);

        JsonNode events = search("subjectId=" + subjectId + "&action=subject.read-full");
        assertThat(events.path("total").asLong())
                .as("masked reads are not in the access log")
                .isEqualTo(1);
        JsonNode read = events.path("items").get(0);
        assertThat(read.path("actor").asText()).isEqualTo("admin");
        assertThat(read.path("roles").asText()).isEqualTo("admin");
        assertThat(read.path("purpose").asText()).isEqualTo("customer-service-callback");
        assertThat(read.path("requestId").asText()).isEqualTo(full.requestId());
        assertThat(json.convertValue(read.path("fields"), List.class))
                .contains("name", "mobile", "idNumber", "birthDate");
    }

    // PIPL Art. 51: changes are attributable — actor, role, channel, purpose, request, hashed source address.
    @Test
    void revisionsCarryTheActorRoleChannelPurposeRequestAndAHashedSourceAddress() {
        Reply ingested = gateway.post(INTEGRATOR, WEB, List.of(members.aMember()));
        String subjectId =
                ingested.body().path("outcomes").get(0).path("subjectId").asText();

        Map<String, Object> revision = jdbc.queryForMap(
                "select r.actor, r.roles, r.channel, r.purpose, r.request_id, r.source_ip_digest from audit_revision r"
                        + " join subject_aud a on a.rev = r.id where a.id = ?::uuid",
                subjectId);
        assertThat(revision)
                .containsEntry("actor", "integrator")
                .containsEntry("roles", "integrator")
                .containsEntry("channel", "web")
                .containsEntry("purpose", "membership,sensitive-pi")
                .containsEntry("request_id", ingested.requestId());
        assertThat((String) revision.get("source_ip_digest"))
                .as("a keyed digest, not the address")
                .matches("[0-9a-f]{64}")
                .doesNotContain("127.0.0.1");

        JsonNode created = search("subjectId=" + subjectId + "&action=subject.created");
        assertThat(created.path("total").asLong()).isEqualTo(1);
        assertThat(search("subjectId=" + subjectId + "&action=consent.granted&purpose=membership")
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void revisionsAndTheTrailHoldCiphertextAndNamesNeverPlaintext() {
        Map<String, Object> member = members.aMember();
        String subjectId = ingest(member).path("subjectId").asText();
        gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "fraud-check"));

        List<String> personal =
                List.of(String.valueOf(member.get("mobile")), String.valueOf(member.get("idNumber")), (String)
                        member.get("name"));
        assertThat(new PlaintextScan(jdbc).columnsContainingAnyOf(personal)).isEmpty();
    }

    @Test
    void searchFiltersByActorActionPurposeAndTimeAndPages() {
        Instant before = Instant.now().minusSeconds(1);
        String subjectId = ingest(members.aMember()).path("subjectId").asText();
        for (String purpose : List.of("fraud-check", "fraud-check", "complaint-handling")) {
            gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", purpose));
        }
        String window = "&from=" + before + "&to=" + Instant.now().plusSeconds(1);

        JsonNode page = search("actor=admin&action=subject.read-full&purpose=fraud-check&subjectId=" + subjectId
                + window + "&size=1&page=1");
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(search("subjectId=" + subjectId + "&from=" + Instant.now().plusSeconds(60))
                        .path("total")
                        .asLong())
                .isZero();

        Reply badWindow = gateway.get(COMPLIANCE, "/api/v1/audit/events?from=" + Instant.now() + "&to=" + before);
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.body().path("field").asText()).isEqualTo("from");
        Reply badSize = gateway.get(COMPLIANCE, "/api/v1/audit/events?size=5000");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body().path("field").asText()).isEqualTo("size");
        assertThat(gateway.get(ADMIN, "/api/v1/audit/events").status()).isEqualTo(403);
    }

    // PIPL Art. 54: audit evidence leaves the gateway in a form whose integrity anyone can check.
    @Test
    @Article("54")
    void anExportIsAZipWhoseSignedManifestMatchesItsFileAndTheExportIsItselfAudited() throws Exception {
        String subjectId = ingest(members.aMember()).path("subjectId").asText();
        gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "fraud-check"));

        for (String format : List.of("csv", "json")) {
            Map<String, byte[]> zip = zips().download(
                            COMPLIANCE.basicAuth(),
                            "/api/v1/audit/export?format=" + format + "&subjectId=" + subjectId);
            assertThat(zip).containsOnlyKeys("audit-events." + format, "manifest.json", "manifest.sig");
            byte[] file = zip.get("audit-events." + format);
            JsonNode manifest = json.readTree(zip.get("manifest.json"));

            assertThat(manifest.path("file").asText()).isEqualTo("audit-events." + format);
            assertThat(manifest.path("events").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(manifest.path("filters").path("subjectId").asText()).isEqualTo(subjectId);
            assertThat(manifest.path("digest").asText())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
            assertThat(manifest.path("chainPosition").asLong()).isPositive();
            assertThat(zips().verifies(
                                    zip.get("manifest.json"),
                                    Base64.getDecoder().decode(zip.get("manifest.sig"))))
                    .isTrue();
            byte[] altered = zip.get("manifest.json").clone();
            altered[altered.length / 2] ^= 1;
            assertThat(zips().verifies(altered, Base64.getDecoder().decode(zip.get("manifest.sig"))))
                    .isFalse();
        }
        String csv = new String(
                zips().download(COMPLIANCE.basicAuth(), "/api/v1/audit/export?format=csv&subjectId=" + subjectId)
                        .get("audit-events.csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("subject.read-full", "subject.created", "consent.granted");
        assertThat(search("action=audit.exported&actor=compliance")
                        .path("total")
                        .asLong())
                .isGreaterThanOrEqualTo(3);
        assertThat(gateway.get(COMPLIANCE, "/api/v1/audit/export?format=xml")
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("format");
    }

    // PIPL Art. 44: the customer may know who processed their data and why; staff appear by role only.
    @Test
    @Article("44")
    void aCustomerSeesWhoProcessedTheirDataByRoleAndPurpose() {
        String me = myself();
        gateway.get(ADMIN, "/api/v1/subjects/" + me + "?view=full", Map.of("X-Access-Purpose", "complaint-handling"));

        Reply history = gateway.get(CUSTOMER, "/api/v1/me/processing-history?size=200");
        assertThat(history.status()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        history.body().path("items").forEach(items::add);
        assertThat(items)
                .anySatisfy(item -> {
                    assertThat(item.path("action").asText()).isEqualTo("subject.read-full");
                    assertThat(item.path("by").asText()).isEqualTo("admin");
                    assertThat(item.path("purpose").asText()).isEqualTo("complaint-handling");
                })
                .anySatisfy(item -> {
                    assertThat(item.path("action").asText()).isEqualTo("subject.created");
                    assertThat(item.path("by").asText()).isEqualTo("integrator");
                })
                .filteredOn(item -> item.path("action").asText().startsWith("consent."))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.path("by").asText()).isEqualTo("you"));
        assertThat(items).allSatisfy(item -> assertThat(item.has("actor")).isFalse());
    }

    // PIPL Art. 47 with Cybersecurity Law Art. 21: erasure removes the data, not the record that processing happened.
    @Test
    @Article({"47", "CSL-21"})
    void auditRowsAboutAnErasedSubjectKeepThePseudonymousIdAndTheFacts() {
        String subjectId = ingest(members.aMember()).path("subjectId").asText();
        gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "fraud-check"));
        long before = search("subjectId=" + subjectId).path("total").asLong();

        assertThat(shredder.shred(UUID.fromString(subjectId))).isTrue();

        assertThat(search("subjectId=" + subjectId).path("total").asLong()).isEqualTo(before);
        assertThat(gateway.get(
                                ADMIN,
                                "/api/v1/subjects/" + subjectId + "?view=full",
                                Map.of("X-Access-Purpose", "fraud-check"))
                        .body()
                        .path("mobile")
                        .asText())
                .isEqualTo("[erased]");
    }

    // PIPL Art. 54 and Cybersecurity Law Art. 21: the application can only read and append its audit evidence.
    @Test
    @Article("CSL-21")
    void auditTablesAreAppendOnlyForTheApplicationRoleAndEvenForTheOwner() throws Exception {
        String subjectId = ingest(members.aMember()).path("subjectId").asText();
        gateway.get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "fraud-check"));
        chainer.chainPending(); // row triggers fire only on rows: every table below must hold some
        for (String table : AUDIT_TABLES) {
            List<String> privileges = jdbc.queryForList(
                    "select privilege_type from information_schema.role_table_grants where grantee = 'gateway_app'"
                            + " and table_name = ? order by privilege_type",
                    String.class,
                    table);
            assertThat(privileges).as(table).containsExactly("INSERT", "SELECT");
            assertThat(failure(jdbc, "delete from " + table)).as(table).contains("permission denied");
        }
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        for (String table : List.of("audit_revision", "audit_event", "audit_chain", "consent_event", "subject_aud")) {
            assertThat(failure(owner, "delete from " + table)).as(table).contains("append-only");
        }
        assertThat(failure(owner, "truncate audit_event")).contains("append-only");
    }

    private static String failure(JdbcTemplate jdbc, String sql) {
        try {
            jdbc.execute(sql);
            return "no failure";
        } catch (RuntimeException e) {
            return String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        }
    }

    private JsonNode ingest(Map<String, Object> member) {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(member));
        assertThat(reply.status()).isEqualTo(202);
        return reply.body().path("outcomes").get(0);
    }

    private JsonNode search(String query) {
        Reply reply = gateway.get(COMPLIANCE, "/api/v1/audit/events?" + query);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    private String myself() {
        return DemoCustomer.subject(gateway, members);
    }

    private SignedZips zips() {
        return new SignedZips(port);
    }
}
