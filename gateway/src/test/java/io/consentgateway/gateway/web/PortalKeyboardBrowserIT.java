package io.consentgateway.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.testing.Browser;
import io.consentgateway.gateway.testing.DemoCustomer;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The privacy portal on the development realm (no Keycloak configured): its own sign-in form, and its main flow
 * done with the keyboard alone.
 */
@GatewayIntegrationTest
class PortalKeyboardBrowserIT {

    private static final int MOST_TABS = 80;

    @LocalServerPort
    int port;

    private GatewayHttp gateway;
    private String portal;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        portal = "http://127.0.0.1:" + port + "/privacy/";
    }

    /* PIPL Art. 15: withdrawing must be as convenient as consenting, also for someone who cannot use a mouse. */
    @Test
    @Article({"15", "45"})
    void portalMainFlowWorksWithTheKeyboardAlone() throws IOException {
        DemoCustomer.subject(
                gateway, new WebMembers(UUID.randomUUID().getMostSignificantBits(), "kbd-" + UUID.randomUUID()));
        int notice = gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
        gateway.post(
                DemoUser.CUSTOMER,
                "/api/v1/me/consents",
                Map.of("purpose", "marketing", "granted", true, "noticeVersion", notice));

        try (Browser customer = Browser.open("portal-keyboard-only", Browser.PHONE)) {
            customer.go(portal);
            customer.await(By.id("username"));
            assertThat(customer.focused().getDomAttribute("id"))
                    .as("the form takes the focus")
                    .isEqualTo("username");
            customer.press("customer", Keys.TAB, "customer-demo", Keys.ENTER);
            customer.await(By.id("consent-marketing"));
            customer.screenshot("signed-in");

            tabTo(customer, "consent-marketing");
            assertThat(customer.focused().isSelected()).isTrue();
            customer.press(Keys.SPACE);
            customer.awaitText(By.id("status"), "已撤回");
            assertThat(customer.focused().getDomAttribute("id"))
                    .as("the focus stays on the switch after it is saved")
                    .isEqualTo("consent-marketing");
            assertThat(customer.focused().isSelected()).isFalse();
            customer.screenshot("marketing-withdrawn");

            tabTo(customer, "request-kind");
            customer.press(Keys.ARROW_DOWN); // access -> export
            tabTo(customer, "request-submit");
            customer.press(Keys.ENTER);
            WebElement export = customer.await(By.cssSelector("#my-requests tr[data-kind='export']"));
            assertThat(export.findElement(By.cssSelector("td.due")).getText()).isNotBlank();
            String requestId = export.getDomAttribute("data-request-id");
            customer.screenshot("export-requested");

            // PIPL Art. 45: the customer gets a copy of their data; the portal polls until the export is ready
            customer.await(By.id("download-" + requestId));
            tabTo(customer, "download-" + requestId);
            customer.press(Keys.ENTER);
            Path zip = customer.downloads().resolve("my-data-" + requestId + ".zip");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Files.isRegularFile(zip));
            assertThat(Files.readAllBytes(zip)).startsWith('P', 'K');
            customer.awaitText(By.id("status"), "导出文件已下载");

            // PIPL Arts. 44, 48: the customer sees what was done with their data (their own withdrawal included)
            assertThat(customer.all(By.cssSelector("#my-history tr[data-action='consent.withdrawn']")))
                    .isNotEmpty();
            assertThat(customer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsRefusedOnTheFormWithoutABrowserPrompt() {
        try (Browser visitor = Browser.open("portal-wrong-password", Browser.PHONE)) {
            visitor.go(portal);
            visitor.await(By.id("username")).sendKeys("customer");
            visitor.find(By.id("password")).sendKeys("not-the-password", Keys.ENTER);
            visitor.awaitText(By.cssSelector(".sign-in .error"), "用户名或密码不正确");
            assertThat(visitor.find(By.id("consents")).isDisplayed()).isFalse();
            visitor.screenshot("wrong-password");
        }
    }

    @Test
    void englishIsOneClickAwayAndTheNoticeFollows() {
        try (Browser visitor = Browser.open("portal-english", Browser.PHONE)) {
            visitor.go(portal);
            visitor.await(By.id("notice-version"));
            assertThat(visitor.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
            visitor.find(By.cssSelector("[data-lang='en']")).click();
            visitor.awaitText(By.id("notice-title"), "Privacy notice");
            assertThat(visitor.find(By.id("protection-officer")).getText())
                    .contains("Personal information protection officer");
            assertThat(visitor.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            visitor.screenshot("english");
        }
    }

    @Test
    void pagesAreServedWithAStrictContentSecurityPolicyAndNoCookie() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String page : new String[] {"/privacy/", "/console/"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.body()).contains("<script type=\"module\"");
        }
    }

    private static void tabTo(Browser browser, String id) {
        for (int tab = 0; tab < MOST_TABS; tab++) {
            if (id.equals(browser.focused().getDomAttribute("id"))) {
                return;
            }
            browser.press(Keys.TAB);
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }
}
