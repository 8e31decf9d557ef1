package io.consentgateway.gateway.crossborder;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.conformance.Article;
import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.consent.ConsentLedger.Choice;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import io.consentgateway.policies.consent.Purpose;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Transfers abroad. The gateway is shared with other test classes: recipients are this run's own, and counts are
 * compared before and after, never as totals.
 */
@GatewayIntegrationTest
class CrossBorderIT {

    private static final String TRANSFERS = "/api/v1/cross-border/transfers";
    private static final String STATUS = "/api/v1/cross-border/status";

    @LocalServerPort
    int port;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    MeterRegistry meters;

    private GatewayHttp gateway;
    private String run;
    private WebMembers members;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        run = UUID.randomUUID().toString().substring(0, 8);
        members = new WebMembers(run.hashCode(), "abroad-" + run);
    }

    // PIPL Art. 38: only to a recipient covered by a security assessment, certification or standard contract.
    @Test
    @Article({"38-40", "10"})
    void transfersToUnregisteredOrExpiredRecipientsAreRefused() {
        UUID subject = aStoredSubject();
        Reply unregistered = transfer("nobody-" + run, List.of(subject));
        assertThat(unregistered.status()).isEqualTo(409);
        assertThat(unregistered.body().path("field").asText()).isEqualTo("recipient");

        String expired = "expired-" + run;
        register(expired, "standard-contract", LocalDate.now().minusDays(2), List.of("name", "mobile"));
        grantCrossBorder(subject, expired);
        Reply refused = transfer(expired, List.of(subject));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("field").asText()).isEqualTo("recipient");
        assertThat(refused.body().path("detail").asText()).contains("expired");
    }

    // PIPL Art. 39: each individual's separate consent naming the recipient; the others are refused by name.
    @Test
    @Article({"38-40", "23"})
    void subjectsWithoutSeparateConsentForThatRecipientAreRefusedByNameWhileConsentingOnesTransfer() {
        String recipient = "acme-sg-" + run;
        register(recipient, "standard-contract", LocalDate.now().plusYears(1), List.of("name", "mobile"));
        UUID first = aStoredSubject();
        UUID second = aStoredSubject();
        UUID otherRecipientOnly = aStoredSubject();
        grantCrossBorder(first, recipient);
        grantCrossBorder(second, recipient);
        grantCrossBorder(otherRecipientOnly, "someone-else-" + run);

        Reply result = transfer(recipient, List.of(first, otherRecipientOnly, second));
        assertThat(result.status()).as(result.body().toString()).isEqualTo(201);
        assertThat(result.body().path("requested").asInt()).isEqualTo(3);
        assertThat(result.body().path("transferred").asInt()).isEqualTo(2);
        JsonNode refused = result.body().path("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("subjectId").asText()).isEqualTo(otherRecipientOnly.toString());
        assertThat(refused.get(0).path("reason").asText())
                .isEqualTo("separate-consent-missing:cross-border:" + recipient);
        assertThat(result.body().path("mechanism").asText()).isEqualTo("standard-contract");

        // PIPL Art. 56: the record of processing activities names the recipient abroad and its mechanism
        JsonNode records = gateway.get(COMPLIANCE, "/api/v1/processing-records").body();
        assertThat(records.findValues("recipients").toString()).contains(recipient + " (SG, standard-contract until ");
    }

    // PIPL Art. 40 and the Provisions on Cross-Border Data Flows: distinct individuals per calendar year, each once,
    // and separately those whose sensitive personal information went abroad.
    @Test
    @Article("38-40")
    void individualsAreCountedOncePerYearAndSensitiveOnesSeparately() {
        String general = "acme-hk-" + run;
        String sensitive = "acme-id-" + run;
        register(general, "certification", LocalDate.now().plusYears(1), List.of("name", "mobile"));
        register(sensitive, "security-assessment", LocalDate.now().plusYears(1), List.of("name", "idNumber"));
        UUID first = aStoredSubject();
        UUID second = aStoredSubject();
        for (UUID subject : List.of(first, second)) {
            grantCrossBorder(subject, general);
            grantCrossBorder(subject, sensitive);
        }
        JsonNode before = gateway.get(COMPLIANCE, STATUS).body();

        Reply once = transfer(general, List.of(first, second));
        assertThat(once.body().path("newIndividuals").asLong()).isEqualTo(2);
        assertThat(once.body().path("newSensitiveIndividuals").asLong()).isZero();
        Reply again = transfer(general, List.of(first, second));
        assertThat(again.body().path("transferred").asInt()).isEqualTo(2);
        assertThat(again.body().path("newIndividuals").asLong())
                .as("counted once a year")
                .isZero();
        Reply sensitiveOnce = transfer(sensitive, List.of(first));
        assertThat(sensitiveOnce.body().path("newIndividuals").asLong()).isZero();
        assertThat(sensitiveOnce.body().path("newSensitiveIndividuals").asLong())
                .isEqualTo(1);
        assertThat(transfer(sensitive, List.of(first))
                        .body()
                        .path("newSensitiveIndividuals")
                        .asLong())
                .isZero();

        JsonNode after = gateway.get(COMPLIANCE, STATUS).body();
        assertThat(after.path("year").asInt())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        assertThat(after.path("individuals").asLong()
                        - before.path("individuals").asLong())
                .isEqualTo(2);
        assertThat(after.path("sensitiveIndividuals").asLong()
                        - before.path("sensitiveIndividuals").asLong())
                .isEqualTo(1);
    }

    // PIPL Art. 40: thresholds and alerts are visible to compliance as counts only; the defaults are the law's.
    @Test
    @Article("38-40")
    void statusShowsTheDefaultThresholdsAndTheGaugesCountIndividuals() {
        Reply status = gateway.get(COMPLIANCE, STATUS);
        assertThat(status.status()).isEqualTo(200);
        JsonNode thresholds = status.body().path("thresholds");
        assertThat(thresholds.path("standardContractIndividuals").asLong()).isEqualTo(100_000);
        assertThat(thresholds.path("securityAssessmentIndividuals").asLong()).isEqualTo(1_000_000);
        assertThat(thresholds.path("securityAssessmentSensitiveIndividuals").asLong())
                .isEqualTo(10_000);
        assertThat(thresholds.path("alertAt").asDouble()).isEqualTo(0.8);
        assertThat(status.body().path("alerts")).isEmpty();
        assertThat(gateway.get(OPERATIONS, STATUS).status()).isEqualTo(403);
        assertThat(gateway.post(INTEGRATOR, TRANSFERS, Map.of("recipient", "x", "subjectIds", List.of()))
                        .status())
                .isEqualTo(403);

        String year = status.body().path("year").asText();
        assertThat(meters.get("gateway.cross.border.individuals")
                        .tags("year", year, "kind", "all")
                        .gauge()
                        .value())
                .isEqualTo(status.body().path("individuals").asDouble());
        assertThat(meters.get("gateway.cross.border.individuals")
                        .tags("year", year, "kind", "sensitive")
                        .gauge()
                        .value())
                .isEqualTo(status.body().path("sensitiveIndividuals").asDouble());
    }

    private void register(String name, String mechanism, LocalDate validUntil, List<String> fields) {
        Reply reply = gateway.put(
                COMPLIANCE,
                "/api/v1/cross-border/recipients/" + name,
                Map.of(
                        "country",
                        "SG",
                        "mechanism",
                        mechanism,
                        "reference",
                        "SCC-" + run,
                        "validUntil",
                        validUntil.toString(),
                        "fields",
                        fields));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(204);
    }

    private Reply transfer(String recipient, List<UUID> subjects) {
        return gateway.post(
                COMPLIANCE,
                TRANSFERS,
                Map.of(
                        "recipient",
                        recipient,
                        "subjectIds",
                        subjects.stream().map(UUID::toString).toList()));
    }

    private UUID aStoredSubject() {
        Reply reply = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(members.aMember()));
        JsonNode outcome = reply.body().path("outcomes").get(0);
        assertThat(outcome.path("outcome").asText()).as(outcome.toString()).isEqualTo("stored");
        return UUID.fromString(outcome.path("subjectId").asText());
    }

    private void grantCrossBorder(UUID subject, String recipient) {
        int notice = gateway.getAnonymous("/api/v1/notices/current")
                .body()
                .path("version")
                .asInt();
        ledger.record(new Choice(
                subject, new Purpose("cross-border"), Optional.of(recipient), true, notice, "web", "it", false, null));
    }
}
