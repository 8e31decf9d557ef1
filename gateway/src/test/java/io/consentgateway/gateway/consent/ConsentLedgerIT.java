package io.consentgateway.gateway.consent;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import io.consentgateway.policies.validation.IdCheckDigit;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

@GatewayIntegrationTest
class ConsentLedgerIT {

    private static final String WEB = "/api/v1/ingest/web";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "consent-" + UUID.randomUUID());
    }

    private JsonNode ingestOne(Map<String, Object> member) {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(member));
        assertThat(reply.status()).isEqualTo(202);
        return reply.body().path("outcomes").get(0);
    }

    private String myself() {
        return DemoCustomer.subject(gateway, members);
    }

    private static Map<String, Object> choice(String purpose, boolean granted, int noticeVersion) {
        return Map.of("purpose", purpose, "granted", granted, "noticeVersion", noticeVersion);
    }

    // PIPL Art. 15: withdrawing is one call, as easy as granting; the history keeps both.
    @Test
    @Article("15")
    void aCustomerWithdrawsMarketingInOneCallAndKeepsASignedReceipt() {
        String me = myself();
        assertThat(gateway.post(CUSTOMER, "/api/v1/me/consents", choice("marketing", true, 1))
                        .status())
                .isEqualTo(201);

        Reply withdrawn = gateway.post(CUSTOMER, "/api/v1/me/consents", choice("marketing", false, 1));

        assertThat(withdrawn.status()).isEqualTo(201);
        JsonNode receipt = withdrawn.body();
        assertThat(receipt.path("subjectId").asText()).isEqualTo(me);
        assertThat(receipt.path("action").asText()).isEqualTo("withdraw");
        assertThat(gateway.postAnonymous("/api/v1/consent-receipts/verify", receipt)
                        .body()
                        .path("valid")
                        .asBoolean())
                .as("an untouched receipt verifies, without logging in")
                .isTrue();
        JsonNode marketing = currentConsent("marketing");
        assertThat(marketing.path("granted").asBoolean()).isFalse();
        assertThat(gateway.get(CUSTOMER, "/api/v1/me/consents")
                        .body()
                        .path("history")
                        .size())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aTamperedReceiptFailsVerification() {
        myself();
        JsonNode receipt = gateway.post(CUSTOMER, "/api/v1/me/consents", choice("marketing", true, 1))
                .body();
        for (String field : List.of("action", "purpose", "noticeVersion", "subjectId")) {
            ObjectNode tampered = receipt.deepCopy();
            switch (field) {
                case "action" -> tampered.put("action", "withdraw");
                case "purpose" -> tampered.put("purpose", "analytics");
                case "noticeVersion" -> tampered.put("noticeVersion", 2);
                default -> tampered.put("subjectId", UUID.randomUUID().toString());
            }
            assertThat(gateway.postAnonymous("/api/v1/consent-receipts/verify", tampered)
                            .body()
                            .path("valid")
                            .asBoolean())
                    .as("receipt with altered %s", field)
                    .isFalse();
        }
        assertThat(gateway.getAnonymous("/api/v1/consent-receipts/public-key")
                        .body()
                        .path("keyId")
                        .asText())
                .isEqualTo(receipt.path("signature").path("keyId").asText());
    }

    // PIPL Art. 24: a subject-level switch for personalised marketing.
    @Test
    @Article("24")
    void aCustomerOptsOutOfPersonalisedMarketing() {
        myself();
        Reply saved = gateway.put(CUSTOMER, "/api/v1/me/preferences", Map.of("personalisedMarketing", false));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(gateway.get(CUSTOMER, "/api/v1/me/preferences")
                        .body()
                        .path("personalisedMarketing")
                        .asBoolean())
                .isFalse();
        gateway.put(CUSTOMER, "/api/v1/me/preferences", Map.of("personalisedMarketing", true));
    }

    // PIPL Art. 23: separate consent names its recipient.
    @Test
    @Article("23")
    void thirdPartyProvisionConsentMustNameItsRecipient() {
        myself();
        Reply noRecipient = gateway.post(CUSTOMER, "/api/v1/me/consents", choice("third-party-provision", true, 1));
        assertThat(noRecipient.status()).isEqualTo(400);
        assertThat(noRecipient.body().path("field").asText()).isEqualTo("recipient");
        Map<String, Object> named = new HashMap<>(choice("third-party-provision", true, 1));
        named.put("recipient", "partner-logistics");
        assertThat(gateway.post(CUSTOMER, "/api/v1/me/consents", named)
                        .body()
                        .path("recipient")
                        .asText())
                .isEqualTo("partner-logistics");
    }

    @Test
    void aCustomerWithoutALinkedRecordIsToldSoAndCannotReachSubjectsById() {
        assertThat(gateway.get(OPERATIONS, "/api/v1/me/consents").status())
                .as("not a customer")
                .isEqualTo(403);
        String other = ingestOne(members.aMember()).path("subjectId").asText();
        assertThat(gateway.get(CUSTOMER, "/api/v1/subjects/" + other).status()).isEqualTo(403);
    }

    // PIPL Arts. 28 and 31: a child's data needs a guardian's consent, recorded with the guardian's identity.
    @Test
    @Article({"28-29", "31"})
    void minorUnder14WithoutGuardianConsentIsRefusedAndWithItIsStored() {
        Map<String, Object> child = members.aMember();
        child.put("idNumber", idBornOn(LocalDate.now().minusYears(10)));

        JsonNode refused = ingestOne(child);
        assertThat(refused.path("outcome").asText()).isEqualTo("refused");
        assertThat(refused.path("reason").asText()).isEqualTo("guardian-consent-missing:membership");

        Map<String, Object> withGuardian = members.samePersonAgain(child);
        withGuardian.put(
                "guardian", Map.of("name", "王芳", "idNumber", idBornOn(LocalDate.of(1985, 6, 1)), "relation", "mother"));
        JsonNode stored = ingestOne(withGuardian);
        assertThat(stored.path("outcome").asText()).isEqualTo("stored");
        String subjectId = stored.path("subjectId").asText();
        assertThat(jdbc.queryForObject("select minor from subject where id = ?::uuid", Boolean.class, subjectId))
                .isTrue();
        assertThat(jdbc.queryForMap(
                        "select by_guardian, guardian_digest from consent_event where subject_id = ?::uuid"
                                + " and purpose = 'membership'",
                        subjectId))
                .satisfies(row -> {
                    assertThat(row.get("by_guardian")).isEqualTo(true);
                    assertThat((String) row.get("guardian_digest")).hasSize(64);
                });
    }

    // PIPL Arts. 13-14: consent recorded at ingest carries the notice version it was given under.
    @Test
    @Article({"13", "14"})
    void consentFromAChannelIsRecordedWithItsNoticeVersionAndSigned() {
        Map<String, Object> member = members.aMember();
        int current = gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", true));
        member.put("noticeVersion", current);
        String subjectId = ingestOne(member).path("subjectId").asText();

        List<Map<String, Object>> events = jdbc.queryForList(
                "select purpose, granted, notice_version, channel, signature from consent_event"
                        + " where subject_id = ?::uuid order by purpose",
                subjectId);

        assertThat(events)
                .extracting(row -> row.get("purpose"))
                .containsExactly("marketing", "membership", "sensitive-pi");
        assertThat(events).allSatisfy(row -> {
            assertThat(row.get("notice_version")).isEqualTo(current);
            assertThat(row.get("channel")).isEqualTo("web");
            assertThat((byte[]) row.get("signature")).isNotEmpty();
        });
    }

    @Test
    @Article("15")
    void consentEventsCannotBeAlteredOrDeleted() {
        String subjectId = ingestOne(members.aMember()).path("subjectId").asText();
        for (String change : List.of(
                "update consent_event set granted = false where subject_id = ?::uuid",
                "delete from consent_event where subject_id = ?::uuid")) {
            // the application's role may not even try; the owner is stopped by a trigger (AuditChainIT)
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(change, subjectId))
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    // PIPL Art. 17: every element of the notice is required, in both languages.
    @Test
    @Article("17")
    void aNoticeMissingAnElementIsRejectedNamingIt() throws IOException {
        ObjectNode notice = shippedNotice();
        notice.put("version", 2);
        ((ObjectNode) notice.path("handlerContact")).remove("en");

        Reply reply = gateway.post(COMPLIANCE, "/api/v1/notices", notice);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().path("field").asText()).isEqualTo("handlerContact.en");
    }

    @Test
    @Article("17")
    void theNoticeAndPurposesArePublic() {
        Reply notice = gateway.getAnonymous("/api/v1/notices/current");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.body().path("handlerName").path("zh-CN").asText()).isNotBlank();
        JsonNode purposes = gateway.getAnonymous("/api/v1/purposes").body();
        assertThat(purposes.findValuesAsText("purpose")).contains("membership", "marketing", "third-party-provision");
        assertThat(gateway.post(OPERATIONS, "/api/v1/notices", notice.body()).status())
                .as("only compliance publishes")
                .isEqualTo(403);
    }

    // PIPL Art. 14: a material change of a purpose's notice stops that processing until the customer re-consents.
    @Test
    @Article("14")
    void staleNoticeVersionBlocksProcessingUntilReconsent() throws IOException {
        int next = gateway.getAnonymous("/api/v1/notices/current")
                        .body()
                        .path("version")
                        .asInt()
                + 1;
        ObjectNode notice = shippedNotice();
        notice.put("version", next);
        for (JsonNode section : notice.path("purposes")) {
            if ("membership".equals(section.path("purpose").asText())) {
                ((ObjectNode) section.path("methods")).put("zh-CN", "收集、加密存储、去重合并、会员等级评定");
                ((ObjectNode) section.path("methods")).put("en", "Collected, stored encrypted, deduplicated, tiered");
            }
        }
        ((ObjectNode) notice.path("changesSummary")).put("en", "Membership now includes tiering");
        Reply published = gateway.post(COMPLIANCE, "/api/v1/notices", notice);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().path("materialChanges").toString()).contains("membership");

        Map<String, Object> underOldNotice = members.aMember();
        underOldNotice.put("noticeVersion", next - 1);
        JsonNode refused = ingestOne(underOldNotice);
        assertThat(refused.path("reason").asText()).isEqualTo("consent-stale:membership");

        Map<String, Object> reconsented = members.samePersonAgain(underOldNotice);
        reconsented.put("noticeVersion", next);
        assertThat(ingestOne(reconsented).path("outcome").asText()).isEqualTo("stored");
    }

    private JsonNode currentConsent(String purpose) {
        for (JsonNode state :
                gateway.get(CUSTOMER, "/api/v1/me/consents").body().path("current")) {
            if (purpose.equals(state.path("purpose").asText())) {
                return state;
            }
        }
        throw new AssertionError("no current consent for " + purpose);
    }

    private ObjectNode shippedNotice() throws IOException {
        try (InputStream in = new ClassPathResource("notices/v1.json").getInputStream()) {
            return (ObjectNode) json.readTree(in);
        }
    }

    private static String idBornOn(LocalDate birthDate) {
        String body = "110105" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "012";
        return body + IdCheckDigit.of(body);
    }
}
