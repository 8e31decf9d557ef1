package io.consentgateway.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.Browser;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.KeycloakIntegrationTest;
import io.consentgateway.gateway.testing.KeycloakServer;
import io.consentgateway.gateway.testing.WebMembers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console and the portal in headless Chromium against the gateway trusting the test run's real Keycloak: users
 * sign in on Keycloak's own page (authorisation code + PKCE) and the pages call the public API with their tokens.
 */
@KeycloakIntegrationTest
class WebPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private GatewayHttp gateway;
    private String origin;

    @BeforeEach
    void registerTheGatewayWithTheRealm() {
        gateway = new GatewayHttp(port);
        origin = "http://127.0.0.1:" + port;
        keycloak.allowGatewayOrigin("privacy-portal", origin, "/privacy/");
        keycloak.allowGatewayOrigin("compliance-console", origin, "/console/");
    }

    /*
     * PIPL Art. 15 (withdrawal as convenient as consent), Arts. 47 and 50 (deletion on request, through a convenient
     * mechanism, answered in time), Art. 54 (the compliance audit finds both).
     */
    @Test
    @Article({"15", "44", "47", "50", "52"})
    void customerWithdrawsMarketingAndAsksForDeletionThenComplianceCompletesItAndFindsBothInTheAudit() {
        String subjectId = customerWithMarketingConsent();
        String customerToken = keycloak.tokenFor(DemoUser.CUSTOMER);
        Reply read = gateway.call(
                "GET",
                "Bearer " + keycloak.tokenFor(DemoUser.ADMIN),
                "/api/v1/subjects/" + subjectId + "?view=full",
                null,
                Map.of("X-Access-Purpose", "customer-service-callback"));
        assertThat(read.status()).isEqualTo(200);

        String requestId;
        try (Browser customer = Browser.open("portal-withdraw-and-delete", Browser.PHONE)) {
            customer.go(origin + "/privacy/");
            signInOnKeycloak(customer, "customer");
            WebElement marketing = customer.await(By.id("consent-marketing"));
            assertThat(marketing.isSelected())
                    .as("the switch shows the customer's own grant")
                    .isTrue();
            assertThat(customer.find(By.id("protection-officer")).getText()).contains("dpo@example.com");
            customer.screenshot("portal-signed-in");
            // PIPL Arts. 44, 48: who read the customer's data in full, and why, is the customer's to see
            WebElement fullRead = customer.await(By.cssSelector("#my-history tr[data-action='subject.read-full']"));
            assertThat(fullRead.getText()).contains("系统管理员", "customer-service-callback");

            marketing.click();
            customer.awaitText(By.id("status"), "已撤回");
            assertThat(customer.await(By.id("consent-marketing")).isSelected()).isFalse();
            assertThat(marketingGranted(customerToken))
                    .as("withdrawn through the API, not only on screen")
                    .isFalse();
            customer.screenshot("portal-marketing-withdrawn");

            new Select(customer.find(By.id("request-kind"))).selectByValue("delete");
            customer.await(By.id("request-delete-confirm")).click();
            customer.find(By.id("request-submit")).click();
            WebElement row = customer.await(By.cssSelector("#my-requests tr[data-kind='delete']"));
            requestId = row.getDomAttribute("data-request-id");
            Reply filed = gateway.getWithToken(customerToken, "/api/v1/me/requests/" + requestId);
            assertThat(row.findElement(By.cssSelector("td.due")).getText())
                    .as("the deadline is shown")
                    .isNotBlank();
            assertThat(row.getText())
                    .contains(stateInChinese(filed.body().path("state").asText()));
            customer.screenshot("portal-deletion-requested");
            assertThat(customer.consoleErrors()).isEmpty();
        }
        fifteenWorkingDaysPass(requestId);

        try (Browser officer = Browser.open("console-complete-and-audit", Browser.DESK)) {
            officer.go(origin + "/console/#/requests");
            signInOnKeycloak(officer, "compliance");
            WebElement queued = officer.await(By.cssSelector("#request-queue tr[data-request-id='" + requestId + "']"));
            assertThat(queued.findElement(By.cssSelector("td.due")).getText()).contains("已逾期");
            assertThat(queued.getDomAttribute("class")).as("highlighted").contains("overdue");
            assertThat(officer.find(By.cssSelector("#request-queue tbody tr")).getDomAttribute("data-request-id"))
                    .as("the queue is sorted by deadline: the overdue request comes first")
                    .isEqualTo(requestId);
            officer.screenshot("console-queue");

            queued.findElement(By.tagName("a")).click();
            officer.await(By.id("complete-form"));
            officer.screenshot("console-request-detail");
            officer.find(By.cssSelector("#complete-form button[type='submit']")).click();
            officer.awaitText(By.id("request-state"), "已完成");
            Reply completed =
                    gateway.getWithToken(keycloak.tokenFor(DemoUser.COMPLIANCE), "/api/v1/dsr/requests/" + requestId);
            assertThat(completed.body().path("state").asText()).isEqualTo("completed");
            officer.screenshot("console-request-completed");

            officer.go(origin + "/console/#/audit");
            officer.await(By.id("audit-subjectId")).sendKeys(subjectId);
            officer.find(By.id("audit-search")).click();
            officer.awaitUntil(page -> !page.all(By.cssSelector(
                            "#audit-table tr[data-subject-id='" + subjectId + "'][data-action='consent.withdrawn']"))
                    .isEmpty());
            List<String> actions = officer.all(By.cssSelector("#audit-table tbody tr")).stream()
                    .map(tr -> tr.getDomAttribute("data-action"))
                    .toList();
            assertThat(actions).contains("consent.withdrawn", "dsr.received", "dsr.completed");
            officer.screenshot("console-audit-search");
            assertThat(officer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void complianceOverviewVerifiesTheChainAndShowsCoverageQuarantineAndActivity() {
        WebMembers members =
                new WebMembers(UUID.randomUUID().getMostSignificantBits(), "overview-" + UUID.randomUUID());
        Reply delivered = gateway.postWithToken(
                keycloak.tokenFor(DemoUser.INTEGRATOR),
                "/api/v1/ingest/web",
                List.of(members.aMember(), members.aMember(), members.withBadCheckDigit()));
        assertThat(delivered.body().path("quarantined").asInt()).isEqualTo(1);
        customerWithMarketingConsent();
        assertThat(gateway.postWithToken(
                                keycloak.tokenFor(DemoUser.CUSTOMER), "/api/v1/me/requests", Map.of("kind", "access"))
                        .status())
                .isEqualTo(201);
        try (Browser officer = Browser.open("console-overview", Browser.DESK)) {
            officer.go(origin + "/console/");
            signInOnKeycloak(officer, "compliance");
            assertThat(officer.await(By.id("chain-verdict")).getDomAttribute("data-intact"))
                    .isEqualTo("true");
            officer.await(By.cssSelector("#coverage-table tr[data-purpose='marketing']"));
            officer.await(By.id("quarantine-table"));
            assertThat(officer.all(By.cssSelector("#activity svg.chart"))).hasSize(2);
            assertThat(officer.all(By.cssSelector("#activity svg.chart")))
                    .as("today's records and requests are drawn")
                    .allSatisfy(chart ->
                            assertThat(chart.findElements(By.tagName("rect"))).isNotEmpty());
            officer.find(By.cssSelector("#quarantine-table tr[data-channel='web'] button"))
                    .click();
            officer.await(By.id("quarantine-entries-table"));
            officer.find(By.id("verify-chain")).click();
            officer.awaitText(By.id("status"), "审计链已验证");
            officer.screenshot("console-overview");
            assertThat(officer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aCustomerCannotUseTheConsoleAndSigningOutEndsTheKeycloakSession() {
        customerWithMarketingConsent();
        try (Browser customer = Browser.open("console-refuses-customer", Browser.DESK)) {
            customer.go(origin + "/console/");
            signInOnKeycloak(customer, "customer");
            customer.awaitText(By.id("status"), "没有审计查询权限");
            assertThat(customer.find(By.id("tabs")).isDisplayed()).isFalse();
            customer.screenshot("console-customer-refused");

            // signing out ends the Keycloak session: coming back asks for the password again
            customer.find(By.id("sign-out")).click();
            customer.await(By.id("kc-login"));
            customer.screenshot("signed-out");
        }
    }

    /** The gateway's clock cannot be moved from a test: the deadline is, as the database owner could. */
    private void fifteenWorkingDaysPass(String requestId) {
        new JdbcTemplate(ownerDataSource)
                .update(
                        "update dsr_request set due_at = now() - interval '1 day' where id = ?",
                        UUID.fromString(requestId));
    }

    private void signInOnKeycloak(Browser browser, String user) {
        browser.await(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(user + "-demo");
        browser.screenshot("keycloak-sign-in-" + user);
        browser.find(By.id("kc-login")).click();
        browser.awaitUntil(page -> page.currentUrl().startsWith(origin));
    }

    /** The realm's customer account bound to a customer record that grants marketing. */
    private String customerWithMarketingConsent() {
        String customer = keycloak.tokenFor(DemoUser.CUSTOMER);
        if (gateway.getWithToken(customer, "/api/v1/me/preferences").status() == 404) {
            WebMembers members =
                    new WebMembers(UUID.randomUUID().getMostSignificantBits(), "browser-" + UUID.randomUUID());
            String subjectId = gateway.postWithToken(
                            keycloak.tokenFor(DemoUser.INTEGRATOR), "/api/v1/ingest/web", List.of(members.aMember()))
                    .body()
                    .path("outcomes")
                    .get(0)
                    .path("subjectId")
                    .asText();
            assertThat(gateway.putWithToken(
                                    keycloak.tokenFor(DemoUser.COMPLIANCE),
                                    "/api/v1/subjects/" + subjectId + "/account",
                                    Map.of("username", "customer"))
                            .status())
                    .isEqualTo(204);
        }
        int notice = gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
        Reply receipt = gateway.postWithToken(
                customer,
                "/api/v1/me/consents",
                Map.of("purpose", "marketing", "granted", true, "noticeVersion", notice));
        assertThat(receipt.status()).isEqualTo(201);
        return receipt.body().path("subjectId").asText();
    }

    private boolean marketingGranted(String customerToken) {
        for (var consent : gateway.getWithToken(customerToken, "/api/v1/me/consents")
                .body()
                .path("current")) {
            if (consent.path("purpose").asText().equals("marketing")) {
                return consent.path("granted").asBoolean();
            }
        }
        return false;
    }

    private static String stateInChinese(String state) {
        return switch (state) {
            case "received" -> "已收到";
            case "verified" -> "已核验";
            case "in-progress" -> "处理中";
            case "completed" -> "已完成";
            default -> "已拒绝";
        };
    }
}
