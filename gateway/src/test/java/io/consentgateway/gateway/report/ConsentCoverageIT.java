package io.consentgateway.gateway.report;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.PhoneRequests;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consent coverage per purpose (PIPL Arts. 14-15): who grants, who withdrew, whose consent went stale with the
 * notice, who was never asked. Other tests share the gateway, so each test compares the counts before and after its
 * own customers.
 */
@GatewayIntegrationTest
class ConsentCoverageIT {

    private static final String WEB = "/api/v1/ingest/web";
    private static final String COVERAGE = "/api/v1/consents/coverage";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "coverage-" + UUID.randomUUID());
    }

    @Test
    void everyPurposeOfThePolicyIsListedAndItsCountsAddUpToTheCustomers() {
        Reply reply = gateway.get(COMPLIANCE, COVERAGE);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode coverage = reply.body();
        assertThat(OffsetDateTime.parse(coverage.path("asOf").asText()))
                .isBetween(OffsetDateTime.now().minus(Duration.ofMinutes(1)), OffsetDateTime.now());
        JsonNode purposes = gateway.getAnonymous("/api/v1/purposes").body();
        assertThat(coverage.path("purposes").findValuesAsText("purpose"))
                .containsExactlyElementsOf(purposes.findValuesAsText("purpose"));
        assertThat(coverage.path("purposes").findValuesAsText("consent"))
                .containsExactlyElementsOf(purposes.findValuesAsText("consent"));
        long subjects = coverage.path("subjects").asLong();
        coverage.path("purposes").forEach(purpose -> {
            String name = purpose.path("purpose").asText();
            assertThat(purpose.path("granted").asLong()
                            + purpose.path("withdrawn").asLong()
                            + purpose.path("neverAsked").asLong())
                    .as("%s: granted + withdrawn + never asked", name)
                    .isEqualTo(subjects);
            assertThat(purpose.path("stale").asLong())
                    .as("%s: stale consents are a part of the granted ones", name)
                    .isBetween(0L, purpose.path("granted").asLong());
        });
    }

    // PIPL Art. 14: a consent given in the channel counts as granted; a purpose not asked about stays never asked.
    @Test
    void newCustomersGrantingMarketingCountAsGrantedAndAsNeverAskedForAnalytics() {
        Coverage before = coverage();

        String subjectId = ingest(marketing(members.aMember(), true));
        ingest(marketing(members.aMember(), true));

        Coverage after = coverage();
        assertThat(after.subjects() - before.subjects()).isEqualTo(2);
        assertThat(delta(before, after, "marketing"))
                .containsEntry("granted", 2L)
                .containsEntry("neverAsked", 0L);
        assertThat(delta(before, after, "membership")).containsEntry("granted", 2L);
        assertThat(delta(before, after, "analytics"))
                .containsEntry("granted", 0L)
                .containsEntry("neverAsked", 2L);
        assertThat(gateway.get(COMPLIANCE, COVERAGE).body().toString())
                .as("counts only, never a customer")
                .doesNotContain(subjectId);
    }

    // PIPL Art. 15: once withdrawn, a consent no longer counts as granted.
    @Test
    void withdrawnMarketingConsentCountsAsWithdrawnNotGranted() {
        Coverage before = coverage();
        Map<String, Object> member = marketing(members.aMember(), true);
        String subjectId = ingest(member);

        String again = ingest(marketing(members.samePersonAgain(member), false));

        assertThat(again).as("the same customer").isEqualTo(subjectId);
        Coverage after = coverage();
        assertThat(after.subjects() - before.subjects()).isEqualTo(1);
        assertThat(delta(before, after, "marketing"))
                .isEqualTo(Map.of("granted", 0L, "withdrawn", 1L, "stale", 0L, "neverAsked", 0L));
    }

    // PIPL Art. 14: after a material change of a purpose's notice, earlier grants are stale until renewed; a
    // per-recipient purpose is granted while any recipient is, and stale while any such grant is.
    @Test
    void aGrantGivenBeforeAMaterialNoticeChangeCountsAsStaleUntilRenewed() {
        DemoCustomer.subject(gateway, members);
        int version = currentNoticeVersion();
        choose("cross-border", "acme-hk", true, version);
        choose("cross-border", "acme-sg", false, version);
        Coverage granting = coverage();
        // every grant under the old notice goes stale, ours and any other test's in the shared gateway
        long freshGrants = granting.purposes().get("cross-border").get("granted")
                - granting.purposes().get("cross-border").get("stale");
        assertThat(freshGrants).isPositive();

        publishNoticeChangingCrossBorder(version + 1);
        Coverage changed = coverage();
        assertThat(delta(granting, changed, "cross-border"))
                .isEqualTo(Map.of("granted", 0L, "withdrawn", 0L, "stale", freshGrants, "neverAsked", 0L));

        choose("cross-border", "acme-sg", true, version + 1);
        choose("cross-border", "acme-hk", false, version + 1);
        Coverage renewed = coverage();
        assertThat(delta(granting, renewed, "cross-border"))
                .as("granting acme-sg under the new notice: granted, not stale")
                .isEqualTo(Map.of("granted", 0L, "withdrawn", 0L, "stale", freshGrants - 1, "neverAsked", 0L));

        choose("cross-border", "acme-sg", false, version + 1);
        assertThat(delta(granting, coverage(), "cross-border"))
                .as("no recipient granted any more")
                .isEqualTo(Map.of("granted", -1L, "withdrawn", 1L, "stale", freshGrants - 1, "neverAsked", 0L));
    }

    // PIPL Art. 47: an erased customer is no longer a customer, though the facts of their consent stay in the ledger.
    @Test
    void erasedCustomersAreNotCounted() {
        Map<String, Object> member = marketing(members.aMember(), true);
        String subjectId = ingest(member);
        Coverage before = coverage();

        new PhoneRequests(gateway, jdbc).erase(member.get("mobile"), subjectId);

        Coverage after = coverage();
        assertThat(after.subjects() - before.subjects()).isEqualTo(-1);
        assertThat(delta(before, after, "marketing"))
                .isEqualTo(Map.of("granted", -1L, "withdrawn", 0L, "stale", 0L, "neverAsked", 0L));
    }

    private static Map<String, Object> marketing(Map<String, Object> member, boolean granted) {
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", granted));
        return member;
    }

    /** @return the subject the record was stored under */
    private String ingest(Map<String, Object> member) {
        Reply reply = gateway.post(INTEGRATOR, WEB, List.of(member));
        assertThat(reply.status()).isEqualTo(202);
        JsonNode outcome = reply.body().path("outcomes").get(0);
        assertThat(outcome.path("outcome").asText()).as(outcome.toString()).isEqualTo("stored");
        return outcome.path("subjectId").asText();
    }

    private void choose(String purpose, String recipient, boolean granted, int noticeVersion) {
        Reply receipt = gateway.post(
                CUSTOMER,
                "/api/v1/me/consents",
                Map.of("purpose", purpose, "recipient", recipient, "granted", granted, "noticeVersion", noticeVersion));
        assertThat(receipt.status()).as(receipt.body().toString()).isEqualTo(201);
    }

    private int currentNoticeVersion() {
        return gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
    }

    /** The current notice again, with only the cross-border section's methods changed. */
    private void publishNoticeChangingCrossBorder(int version) {
        ObjectNode notice =
                (ObjectNode) gateway.getAnonymous("/api/v1/notices/current").body();
        notice.put("version", version);
        notice.remove("publishedAt");
        for (JsonNode section : notice.path("purposes")) {
            if ("cross-border".equals(section.path("purpose").asText())) {
                ((ObjectNode) section.path("methods")).put("zh-CN", "依标准合同加密传输，并经安全评估 " + version);
                ((ObjectNode) section.path("methods"))
                        .put(
                                "en",
                                "Encrypted transfer under the standard contract, after a security assessment "
                                        + version);
            }
        }
        ((ObjectNode) notice.path("changesSummary")).put("en", "Cross-border transfers now follow an assessment");
        Reply published = gateway.post(COMPLIANCE, "/api/v1/notices", notice);
        assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
        assertThat(published.body().path("materialChanges").toString()).isEqualTo("[\"cross-border\"]");
    }

    /** The report as figures: the customers, and per purpose its four counts. */
    private record Coverage(long subjects, Map<String, Map<String, Long>> purposes) {}

    private Coverage coverage() {
        JsonNode coverage = gateway.get(COMPLIANCE, COVERAGE).body();
        Map<String, Map<String, Long>> byPurpose = new LinkedHashMap<>();
        coverage.path("purposes").forEach(purpose -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String count : List.of("granted", "withdrawn", "stale", "neverAsked")) {
                counts.put(count, purpose.path(count).asLong());
            }
            byPurpose.put(purpose.path("purpose").asText(), counts);
        });
        return new Coverage(coverage.path("subjects").asLong(), byPurpose);
    }

    private static Map<String, Long> delta(Coverage before, Coverage after, String purpose) {
        Map<String, Long> delta = new LinkedHashMap<>();
        after.purposes()
                .get(purpose)
                .forEach((count, n) ->
                        delta.put(count, n - before.purposes().get(purpose).get(count)));
        return delta;
    }
}
