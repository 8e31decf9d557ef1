package io.consentgateway.gateway.segment;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ANALYST;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import io.consentgateway.policies.segment.RfmFigures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * RFM tiers at their exact boundaries, computed in SQL from orders; segments that only ever hold customers with a
 * legal basis for their purpose, shown to each role only as far as the role may see.
 */
@GatewayIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentsIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final String run = "seg-" + UUID.randomUUID().toString().substring(0, 8);
    private final WebMembers members = new WebMembers(31, run);
    private final Map<String, String> subjects = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SegmentProperties settings;

    @org.springframework.beans.factory.annotation.Value("${gateway.data-dir}")
    java.nio.file.Path dataDir;

    private GatewayHttp gateway;

    /** A customer with marketing consent (or not) and orders, each {days ago, amount}. */
    private void customer(String key, boolean marketing, Object[][] orders) {
        Map<String, Object> member = members.aMember();
        member.put("province", "浙江省");
        member.put("city", "杭州市");
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", marketing));
        String subjectId = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        subjects.put(key, subjectId);
        List<Map<String, Object>> trades = new ArrayList<>();
        for (int i = 0; i < orders.length; i++) {
            LocalDate day = LocalDate.now(BEIJING).minusDays((Integer) orders[i][0]);
            trades.add(Map.of(
                    "tid",
                    run + "-" + key + "-" + i,
                    "receiver_name",
                    member.get("name"),
                    "receiver_mobile",
                    member.get("mobile"),
                    "payment",
                    orders[i][1],
                    "created",
                    day + " 12:00:00",
                    "orders",
                    List.of(Map.of("category", "服饰"))));
        }
        JsonNode receipt =
                gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", trades).body();
        assertThat(receipt.path("stored").asInt()).as(receipt.toString()).isEqualTo(orders.length);
    }

    /** {@code count} orders two days apart, the last {@code lastDaysAgo} days ago, amounts in turn. */
    private static Object[][] orders(int count, int lastDaysAgo, String... amounts) {
        Object[][] orders = new Object[count][];
        for (int i = 0; i < count; i++) {
            orders[i] = new Object[] {lastDaysAgo + (count - 1 - i) * 2, amounts[i % amounts.length]};
        }
        return orders;
    }

    @BeforeAll
    void customersWithOrders() {
        gateway = new GatewayHttp(port);
        customer("r30f5m2000", true, orders(5, 30, "400.00"));
        customer("r31f5m2000", true, orders(5, 31, "400.00"));
        customer("r30f4m2000", true, orders(4, 30, "500.00"));
        customer("r30f5m1999", true, orders(5, 30, "400.00", "400.00", "400.00", "400.00", "399.99"));
        customer("highValueNoMarketing", false, orders(5, 10, "1000.00"));
        for (int i = 0; i < 5; i++) {
            customer("potential" + i, true, orders(2, 40, "300.00"));
        }
        assertThat(gateway.post(OPERATIONS, "/api/v1/tags/refresh", Map.of()).status())
                .isEqualTo(200);
    }

    private String tierOf(String key) {
        return jdbc.queryForObject(
                "select value_tier from customer_tags where subject_id = ?::uuid", String.class, subjects.get(key));
    }

    private String segment(DemoUser user, String name, String purpose, Map<String, Object> rule) {
        JsonNode created = gateway.post(
                        user, "/api/v1/segments", Map.of("name", run + "-" + name, "purpose", purpose, "rule", rule))
                .body();
        return created.path("segmentId").asText();
    }

    private List<String> memberIds(String segmentId) {
        return gateway.get(OPERATIONS, "/api/v1/segments/" + segmentId + "/members?size=200")
                .body()
                .path("items")
                .findValuesAsText("subjectId");
    }

    @Test
    void valueTiersFallOnTheDocumentedSideOfEveryBoundary() {
        assertThat(tierOf("r30f5m2000")).isEqualTo("high-value");
        assertThat(tierOf("r31f5m2000")).as("R = 31 days").isEqualTo("potential");
        assertThat(tierOf("r30f4m2000")).as("F = 4").isEqualTo("potential");
        assertThat(tierOf("r30f5m1999")).as("M = 1999.99").isEqualTo("potential");
    }

    @Test
    void theTiersComputedInSqlAgreeWithThePolicyForEveryTaggedCustomer() {
        List<Map<String, Object>> tagged = jdbc.queryForList(
                "select recency_days, frequency, monetary, value_tier, lifecycle_tier from customer_tags"
                        + " where recency_days is not null");
        assertThat(tagged).hasSizeGreaterThanOrEqualTo(subjects.size());
        for (Map<String, Object> row : tagged) {
            RfmFigures figures = new RfmFigures(
                    ((Number) row.get("recency_days")).intValue(),
                    ((Number) row.get("frequency")).intValue(),
                    (java.math.BigDecimal) row.get("monetary"));
            assertThat(row.get("value_tier"))
                    .as(row.toString())
                    .isEqualTo(settings.value().tierOf(figures));
            assertThat(row.get("lifecycle_tier"))
                    .as(row.toString())
                    .isEqualTo(settings.lifecycle().tierOf(figures));
        }
    }

    // PIPL Arts. 13-14: a segment for marketing holds only customers who consented to marketing.
    @Test
    @Article({"13", "15"})
    void aMarketingSegmentHoldsOnlyCustomersWhoConsentedToMarketing() {
        String highValue = segment(OPERATIONS, "high-value", "marketing", Map.of("valueTiers", List.of("high-value")));

        List<String> ids = memberIds(highValue);

        assertThat(ids).contains(subjects.get("r30f5m2000"));
        assertThat(ids).doesNotContain(subjects.get("highValueNoMarketing"), subjects.get("r31f5m2000"));
    }

    // PIPL Art. 51: operations see member rows masked, and only the fields the segment's purpose may use.
    @Test
    @Article({"5-7", "51"})
    void operationsSeeMemberRowsMaskedWithThePurposesFieldsOnly() {
        String potential = segment(OPERATIONS, "potential", "marketing", Map.of("valueTiers", List.of("potential")));

        JsonNode page = gateway.get(OPERATIONS, "/api/v1/segments/" + potential + "/members?size=200")
                .body();

        assertThat(page.path("view").asText()).isEqualTo("masked");
        JsonNode fields = page.path("items").get(0).path("fields");
        assertThat(fields.path("mobile").asText()).matches("1[3-9]\\d\\*{4}\\d{4}");
        assertThat(fields.path("name").asText()).contains("*");
        assertThat(fields.has("idNumber"))
                .as("marketing may not use the ID number")
                .isFalse();
        assertThat(fields.has("address")).isFalse();
    }

    // PIPL Art. 51: a full view is for an administrator with a declared purpose, and it is logged with the count.
    @Test
    void anAdministratorSeesMembersInFullOnlyWithADeclaredPurposeAndTheReadIsLogged() {
        String highValue = segment(ADMIN, "admin-high-value", "marketing", Map.of("valueTiers", List.of("high-value")));
        String path = "/api/v1/segments/" + highValue + "/members?view=full";

        assertThat(gateway.get(ADMIN, path).status()).isEqualTo(400);
        assertThat(gateway.get(OPERATIONS, path, Map.of("X-Access-Purpose", "campaign-check"))
                        .status())
                .isEqualTo(403);
        JsonNode page = gateway.get(ADMIN, path, Map.of("X-Access-Purpose", "campaign-check"))
                .body();

        assertThat(page.path("items").get(0).path("fields").path("mobile").asText())
                .matches("\\+861[3-9]\\d{9}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'segment.read-full' and purpose = ?"
                                + " and detail like ?",
                        Integer.class,
                        "campaign-check",
                        "segment " + highValue + "%"))
                .isEqualTo(1);
    }

    // PRODUCT.md: analysts see aggregates only, and never a group small enough to point at a person.
    @Test
    @Article("4/73")
    void analystsSeeAggregatesWithGroupsOfFewerThanFiveSuppressed() {
        String everyone = segment(OPERATIONS, "everyone", "marketing", Map.of());

        assertThat(gateway.get(ANALYST, "/api/v1/segments/" + everyone + "/members")
                        .status())
                .isEqualTo(403);
        JsonNode summary = gateway.get(ANALYST, "/api/v1/segments/" + everyone + "/summary")
                .body();

        assertThat(summary.path("suppressedBelow").asInt()).isEqualTo(5);
        summary.path("byValueTier").forEach(count -> assertThat(count.asLong()).isGreaterThanOrEqualTo(5));
        summary.path("byProvince").forEach(count -> assertThat(count.asLong()).isGreaterThanOrEqualTo(5));
        assertThat(summary.path("byValueTier").path("potential").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(summary.toString()).doesNotContain("subjectId");
    }

    @Test
    void nobodyElseReachesSegments() {
        String id = segment(OPERATIONS, "closed", "marketing", Map.of());
        for (DemoUser user : List.of(INTEGRATOR, COMPLIANCE, CUSTOMER)) {
            assertThat(gateway.get(user, "/api/v1/segments/" + id + "/summary").status())
                    .as(user.name())
                    .isEqualTo(403);
            assertThat(gateway.get(user, "/api/v1/segments/" + id + "/members").status())
                    .as(user.name())
                    .isEqualTo(403);
        }
    }

    // PIPL Art. 24: an opt-out of personalised marketing takes the customer out of every personalised segment.
    @Test
    @Article("24")
    void optingOutOfPersonalisedMarketingExcludesTheCustomerFromPersonalisedSegments() {
        String subjectId = DemoCustomer.subject(gateway, members);
        gateway.post(
                CUSTOMER,
                "/api/v1/me/consents",
                Map.of("purpose", "personalised-recommendation", "granted", true, "noticeVersion", 1));
        gateway.put(CUSTOMER, "/api/v1/me/preferences", Map.of("personalisedMarketing", true));
        gateway.post(OPERATIONS, "/api/v1/tags/refresh", Map.of());
        String personalised = segment(OPERATIONS, "personalised", "personalised-recommendation", Map.of());
        assertThat(memberIds(personalised)).contains(subjectId);

        gateway.put(CUSTOMER, "/api/v1/me/preferences", Map.of("personalisedMarketing", false));

        assertThat(memberIds(personalised)).doesNotContain(subjectId);
    }

    @Test
    void aSegmentNeedsAKnownPurposeThatNeedsNoPerRecipientConsentAndKnownTiers() {
        assertThat(gateway.post(
                                OPERATIONS,
                                "/api/v1/segments",
                                Map.of("name", run + "-x", "purpose", "gossip", "rule", Map.of()))
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("purpose");
        assertThat(gateway.post(
                                OPERATIONS,
                                "/api/v1/segments",
                                Map.of("name", run + "-y", "purpose", "third-party-provision", "rule", Map.of()))
                        .status())
                .isEqualTo(400);
        assertThat(gateway.post(
                                OPERATIONS,
                                "/api/v1/segments",
                                Map.of(
                                        "name",
                                        run + "-z",
                                        "purpose",
                                        "marketing",
                                        "rule",
                                        Map.of("valueTiers", List.of("vip"))))
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("rule.valueTiers");
    }

    // PIPL Arts. 6 and 55: an export carries pseudonymous ids and the purpose's fields only, to a destination
    // registered for the purpose, and is one access-log row with the member count.
    @Test
    @Article({"10", "5-7"})
    void anExportGoesOnlyToADestinationForItsPurposeWithThePurposesFieldsAndIsLoggedOnce() throws Exception {
        String highValue = segment(OPERATIONS, "export", "marketing", Map.of("valueTiers", List.of("high-value")));
        String analyticsSegment = segment(OPERATIONS, "export-analytics", "analytics", Map.of());

        assertThat(gateway.post(
                                OPERATIONS,
                                "/api/v1/segments/" + analyticsSegment + "/exports",
                                Map.of("destination", "crm-file"))
                        .body()
                        .path("field")
                        .asText())
                .isEqualTo("destination");
        JsonNode receipt = gateway.post(
                        OPERATIONS, "/api/v1/segments/" + highValue + "/exports", Map.of("destination", "crm-file"))
                .body();

        long members = receipt.path("members").asLong();
        assertThat(members).isEqualTo(memberIds(highValue).size()).isPositive();
        java.nio.file.Path exported;
        try (var files = java.nio.file.Files.list(dataDir.resolve("exports/crm"))) {
            exported = files.filter(file -> file.getFileName().toString().contains(highValue))
                    .findFirst()
                    .orElseThrow();
        }
        JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(exported.toFile());
        assertThat(document.path("purpose").asText()).isEqualTo("marketing");
        assertThat(document.path("members")).hasSize((int) members);
        JsonNode first = document.path("members").get(0);
        assertThat(first.has("subjectId")).isTrue();
        assertThat(first.has("idNumber"))
                .as("marketing may not use the ID number")
                .isFalse();
        assertThat(first.path("mobile").asText()).matches("\\+861[3-9]\\d{9}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'segment.exported' and detail like ?",
                        Integer.class,
                        "segment " + highValue + " to crm-file: " + members + " members%"))
                .isEqualTo(1);
    }
}
