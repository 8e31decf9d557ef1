package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ANALYST;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.CUSTOMER;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.consentgateway.gateway.testing.WebMembers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Integrators inspect quarantined records masked, fix and replay them, or discard them; the counts stay true. */
@GatewayIntegrationTest
class QuarantineReviewIT {

    private static final String WEB = "/api/v1/ingest/web";
    private static final String QUARANTINE = "/api/v1/quarantine";
    private static final List<String> COUNTS =
            List.of("received", "stored", "duplicate", "quarantined", "refused", "quarantineOpen", "discarded");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect(TestInfo test) {
        gateway = new GatewayHttp(port);
        members = new WebMembers(test.getDisplayName().hashCode(), "qr-" + UUID.randomUUID());
    }

    @Test
    void listShowsQuarantinedRecordsNewestFirstWithTheirReasonAndStatus() {
        String older = quarantine(withBrokenCheckDigit(members.aMember()))
                .path("sourceId")
                .asText();
        String newer = quarantine(withBrokenCheckDigit(members.aMember()))
                .path("sourceId")
                .asText();

        Reply listed =
                gateway.get(INTEGRATOR, QUARANTINE + "?channel=web&reason=check-digit-mismatch&status=open&size=500");

        assertThat(listed.status()).isEqualTo(200);
        List<String> sourceIds = listed.body().path("items").findValuesAsText("sourceId");
        assertThat(sourceIds).contains(older, newer);
        assertThat(sourceIds.indexOf(newer)).as("newest first").isLessThan(sourceIds.indexOf(older));
        JsonNode entry = listed.body().path("items").get(sourceIds.indexOf(newer));
        assertThat(entry.path("reason").asText()).isEqualTo("check-digit-mismatch:idNumber");
        assertThat(entry.path("status").asText()).isEqualTo("open");
        assertThat(entry.path("quarantinedAt").asText()).isNotBlank();
        assertThat(entry.has("payload")).as("the list never carries payloads").isFalse();

        Reply firstPage = gateway.get(INTEGRATOR, QUARANTINE + "?channel=web&size=1&page=0");
        assertThat(firstPage.body().path("items")).hasSize(1);
        assertThat(firstPage.body().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(gateway.get(INTEGRATOR, QUARANTINE + "?status=lost").status())
                .isEqualTo(400);
    }

    // PRODUCT.md: integrators never read unmasked PI; PIPL Art. 51: every look at a rejected record is on record.
    @Test
    void inspectionShowsThePayloadWithEveryValueMaskedAndIsAudited() {
        Map<String, Object> member = members.aMember();
        member.put("hobby", "collects rare stamps at night");
        String entryId = quarantine(member).path("entryId").asText();
        String requestId = "quarantine-read-" + UUID.randomUUID();

        Reply inspected = gateway.get(INTEGRATOR, QUARANTINE + "/" + entryId, Map.of("X-Request-Id", requestId));

        assertThat(inspected.status()).isEqualTo(200);
        assertThat(inspected.body().path("reason").asText()).isEqualTo("unclassified-field:hobby");
        String body = inspected.body().toString();
        for (String field : List.of("name", "mobile", "idNumber", "hobby")) {
            assertThat(body).as("the submitted %s appears in clear", field).doesNotContain((String) member.get(field));
        }
        JsonNode payload = inspected.body().path("payload");
        String mobile = (String) member.get("mobile");
        assertThat(payload.path("mobile").asText()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(payload.path("name").asText()).endsWith("*");
        assertThat(payload.path("hobby").asText()).isEqualTo("****");
        assertThat(payload.path("consents").path("membership").asBoolean()).isTrue();
        assertThat(jdbc.queryForMap(
                        "select actor, detail from audit_event where action = 'quarantine.read' and request_id = ?",
                        requestId))
                .containsEntry("actor", "integrator")
                .containsEntry("detail", "entry " + entryId);
    }

    @Test
    void replayWithAFixStoresTheRecordAndItCountsOnceAsStored() {
        Map<String, Object> member = members.aMember();
        JsonNode before = webStats();
        String entryId =
                quarantine(withBrokenCheckDigit(member)).path("entryId").asText();
        String requestId = "quarantine-replay-" + UUID.randomUUID();

        Reply replayed = gateway.call(
                "POST",
                INTEGRATOR.basicAuth(),
                QUARANTINE + "/" + entryId + "/replay",
                "{\"fields\":{\"idNumber\":\"" + member.get("idNumber") + "\"}}",
                Map.of("X-Request-Id", requestId));

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("status").asText()).isEqualTo("replayed");
        assertThat(replayed.body().path("closedBy").asText()).isEqualTo("integrator");
        JsonNode outcome = replayed.body().path("replayOutcome");
        assertThat(outcome.path("outcome").asText()).isEqualTo("stored");
        assertThat(outcome.path("subjectId").asText()).isNotBlank();
        assertThat(delta(before, webStats()))
                .as("the record counts once, as stored")
                .isEqualTo(Map.of(
                        "received",
                        1L,
                        "stored",
                        1L,
                        "duplicate",
                        0L,
                        "quarantined",
                        0L,
                        "refused",
                        0L,
                        "quarantineOpen",
                        0L,
                        "discarded",
                        0L));
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where action = 'quarantine.replayed' and request_id = ?",
                        String.class,
                        requestId))
                .isEqualTo("entry " + entryId + " stored");
        assertThat(gateway.get(INTEGRATOR, QUARANTINE + "?status=replayed&sourceId=" + member.get("sourceId"))
                        .body()
                        .path("items")
                        .findValuesAsText("entryId"))
                .containsExactly(entryId);
    }

    @Test
    void replayWithoutAFixIsQuarantinedAgainAsANewEntryAndTheOldOneIsReplayed() {
        Map<String, Object> bad = withBrokenCheckDigit(members.aMember());
        String first = quarantine(bad).path("entryId").asText();

        Reply replayed = gateway.post(INTEGRATOR, QUARANTINE + "/" + first + "/replay", Map.of());

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("status").asText()).isEqualTo("replayed");
        assertThat(replayed.body().path("replayOutcome").path("outcome").asText())
                .isEqualTo("quarantined");
        assertThat(replayed.body().path("replayOutcome").path("reason").asText())
                .isEqualTo("check-digit-mismatch:idNumber");
        String second = replayed.body().path("requarantinedAs").asText();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        JsonNode again = gateway.get(INTEGRATOR, QUARANTINE + "/" + second).body();
        assertThat(again.path("status").asText()).isEqualTo("open");
        assertThat(again.path("sourceId").asText()).isEqualTo(bad.get("sourceId"));
        assertThat(gateway.post(INTEGRATOR, QUARANTINE + "/" + first + "/replay", Map.of())
                        .status())
                .as("a replayed entry is closed")
                .isEqualTo(409);
    }

    // PIPL Arts. 13 and 23: a replayed partner record is checked against the partner that provided it, again.
    @Test
    void aReplayedPartnerRecordIsDeliveredAgainFromItsPartner() throws Exception {
        Map<String, Object> partner = Map.of(
                "contractRef", "C-2026-quarantine",
                "allowedPurposes", List.of("membership"),
                "reviewedOn", LocalDate.now().minusMonths(1).toString(),
                "expiresOn", LocalDate.now().plusYears(1).toString());
        assertThat(gateway.put(COMPLIANCE, "/api/v1/partners/quarantine-partner", partner)
                        .status())
                .isEqualTo(204);
        Map<String, Object> member = members.aMember();
        Reply fed = gateway.call(
                "POST",
                INTEGRATOR.basicAuth(),
                "/api/v1/ingest/partner",
                new ObjectMapper().writeValueAsString(List.of(withBrokenCheckDigit(member))),
                Map.of("X-Partner", "quarantine-partner"));
        assertThat(fed.body().path("quarantined").asLong()).isEqualTo(1);
        JsonNode entry = gateway.get(INTEGRATOR, QUARANTINE + "?channel=partner&sourceId=" + member.get("sourceId"))
                .body()
                .path("items")
                .get(0);
        assertThat(entry.path("partner").asText()).isEqualTo("quarantine-partner");

        Reply replayed = gateway.post(
                INTEGRATOR,
                QUARANTINE + "/" + entry.path("entryId").asText() + "/replay",
                Map.of("fields", Map.of("idNumber", member.get("idNumber"))));

        assertThat(replayed.body().path("replayOutcome").path("outcome").asText())
                .isEqualTo("stored");
    }

    // ARCHITECTURE.md: received = stored + duplicate + quarantined + refused, a replayed record once, as it ended.
    @Test
    void countsStayTrueAcrossReplayToStoredReplayToQuarantinedAgainAndDiscard() {
        JsonNode start = webStats();
        Map<String, Object> fixable = members.aMember();
        String fixableEntry =
                quarantine(withBrokenCheckDigit(fixable)).path("entryId").asText();
        Map<String, Object> stubborn = members.aMember();
        String stubbornEntry =
                quarantine(withBrokenCheckDigit(stubborn)).path("entryId").asText();
        String hopelessEntry = quarantine(withBrokenCheckDigit(members.aMember()))
                .path("entryId")
                .asText();
        assertThat(delta(start, countsAddUp(webStats())))
                .containsEntry("received", 3L)
                .containsEntry("quarantined", 3L)
                .containsEntry("quarantineOpen", 3L);

        String requarantined = gateway.post(INTEGRATOR, QUARANTINE + "/" + stubbornEntry + "/replay", Map.of())
                .body()
                .path("requarantinedAs")
                .asText();
        assertThat(delta(start, countsAddUp(webStats())))
                .as("replayed and quarantined again: still one record, still quarantined")
                .containsEntry("received", 3L)
                .containsEntry("quarantined", 3L)
                .containsEntry("quarantineOpen", 3L);

        gateway.post(
                INTEGRATOR,
                QUARANTINE + "/" + requarantined + "/replay",
                Map.of("fields", Map.of("idNumber", stubborn.get("idNumber"))));
        gateway.post(
                INTEGRATOR,
                QUARANTINE + "/" + fixableEntry + "/replay",
                Map.of("fields", Map.of("idNumber", fixable.get("idNumber"))));
        gateway.post(INTEGRATOR, QUARANTINE + "/" + hopelessEntry + "/discard", Map.of("reason", "test record"));

        assertThat(delta(start, countsAddUp(webStats())))
                .isEqualTo(Map.of(
                        "received",
                        3L,
                        "stored",
                        2L,
                        "duplicate",
                        0L,
                        "quarantined",
                        1L,
                        "refused",
                        0L,
                        "quarantineOpen",
                        0L,
                        "discarded",
                        1L));
    }

    @Test
    void concurrentReplaysOfOneEntryDeliverItOnceAndTheOthersConflict() {
        Map<String, Object> member = members.aMember();
        JsonNode before = webStats();
        String replay = QUARANTINE + "/"
                + quarantine(withBrokenCheckDigit(member)).path("entryId").asText() + "/replay";
        Map<String, Object> fix = Map.of("fields", Map.of("idNumber", member.get("idNumber")));

        List<Integer> statuses = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> gateway.post(INTEGRATOR, replay, fix).status()))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(delta(before, countsAddUp(webStats())))
                .containsEntry("received", 1L)
                .containsEntry("stored", 1L)
                .containsEntry("quarantined", 0L);
    }

    @Test
    void discardDestroysThePayloadKeepsTheFactAndClosesTheEntry() {
        String entryId = quarantine(withBrokenCheckDigit(members.aMember()))
                .path("entryId")
                .asText();

        Reply discarded = gateway.post(
                INTEGRATOR, QUARANTINE + "/" + entryId + "/discard", Map.of("reason", "customer re-registered"));

        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.body().path("status").asText()).isEqualTo("discarded");
        assertThat(discarded.body().path("closedBy").asText()).isEqualTo("integrator");
        assertThat(discarded.body().path("discardReason").asText()).isEqualTo("customer re-registered");
        assertThat(jdbc.queryForMap(
                        "select wrapped_key, kek_id, sealed_payload from quarantined_record where id = ?::uuid",
                        entryId))
                .as("nothing left to open")
                .containsEntry("wrapped_key", null)
                .containsEntry("kek_id", null)
                .containsEntry("sealed_payload", null);
        Reply inspected = gateway.get(INTEGRATOR, QUARANTINE + "/" + entryId);
        assertThat(inspected.status()).isEqualTo(200);
        assertThat(inspected.body().has("payload")).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'quarantine.discarded' and detail = ?",
                        Long.class,
                        "entry " + entryId))
                .isEqualTo(1);

        Reply again = gateway.post(INTEGRATOR, QUARANTINE + "/" + entryId + "/discard", Map.of("reason", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("field").asText()).isEqualTo("entryId");
        assertThat(gateway.post(INTEGRATOR, QUARANTINE + "/" + entryId + "/replay", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void discardWithoutAReasonIsABadRequestNamingTheField() {
        String entryId = quarantine(withBrokenCheckDigit(members.aMember()))
                .path("entryId")
                .asText();

        for (Object body : List.of(Map.of(), Map.of("reason", "   "))) {
            Reply refused = gateway.post(INTEGRATOR, QUARANTINE + "/" + entryId + "/discard", body);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("field").asText()).isEqualTo("reason");
        }
        assertThat(gateway.get(INTEGRATOR, QUARANTINE + "/" + entryId)
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("open");
    }

    @Test
    void anUnknownEntryIsNotFound() {
        String unknown = QUARANTINE + "/" + UUID.randomUUID();
        assertThat(gateway.get(INTEGRATOR, unknown).status()).isEqualTo(404);
        assertThat(gateway.post(INTEGRATOR, unknown + "/replay", Map.of()).status())
                .isEqualTo(404);
        assertThat(gateway.post(INTEGRATOR, unknown + "/discard", Map.of("reason", "gone"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void customersAnalystsAndOperationsSeeNothingAndComplianceMayOnlyLook() {
        String entry = QUARANTINE + "/"
                + quarantine(withBrokenCheckDigit(members.aMember()))
                        .path("entryId")
                        .asText();

        for (var user : List.of(CUSTOMER, ANALYST, OPERATIONS)) {
            assertThat(gateway.get(user, QUARANTINE).status())
                    .as("list as %s", user)
                    .isEqualTo(403);
            assertThat(gateway.get(user, entry).status())
                    .as("inspect as %s", user)
                    .isEqualTo(403);
            assertThat(gateway.post(user, entry + "/replay", Map.of()).status())
                    .as("replay as %s", user)
                    .isEqualTo(403);
        }
        assertThat(gateway.get(COMPLIANCE, entry).status()).isEqualTo(200);
        assertThat(gateway.post(COMPLIANCE, entry + "/replay", Map.of()).status())
                .isEqualTo(403);
        assertThat(gateway.post(COMPLIANCE, entry + "/discard", Map.of("reason", "no"))
                        .status())
                .isEqualTo(403);
    }

    /** Ingests the record on channel web, expects it quarantined, and returns its entry as listed. */
    private JsonNode quarantine(Map<String, Object> record) {
        Reply ingested = gateway.post(INTEGRATOR, WEB, List.of(record));
        assertThat(ingested.status()).as("ingest status").isEqualTo(202);
        assertThat(ingested.body().path("outcomes").get(0).path("outcome").asText())
                .isEqualTo("quarantined");
        JsonNode items = gateway.get(INTEGRATOR, QUARANTINE + "?channel=web&sourceId=" + record.get("sourceId"))
                .body()
                .path("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Map<String, Object> withBrokenCheckDigit(Map<String, Object> member) {
        Map<String, Object> broken = new HashMap<>(member);
        String id = (String) member.get("idNumber");
        broken.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        return broken;
    }

    private JsonNode webStats() {
        for (JsonNode channel : gateway.get(INTEGRATOR, "/api/v1/ingest/stats").body()) {
            if (channel.path("channel").asText().equals("web")) {
                return channel;
            }
        }
        return gateway.get(INTEGRATOR, "/api/v1/ingest/stats").body().path("none");
    }

    private static JsonNode countsAddUp(JsonNode stats) {
        long received = stats.path("received").asLong();
        assertThat(received)
                .as("received = stored + duplicate + quarantined + refused")
                .isEqualTo(stats.path("stored").asLong()
                        + stats.path("duplicate").asLong()
                        + stats.path("quarantined").asLong()
                        + stats.path("refused").asLong());
        assertThat(stats.path("quarantined").asLong())
                .as("quarantined = quarantineOpen + discarded")
                .isEqualTo(stats.path("quarantineOpen").asLong()
                        + stats.path("discarded").asLong());
        return stats;
    }

    private static Map<String, Long> delta(JsonNode before, JsonNode after) {
        Map<String, Long> delta = new HashMap<>();
        COUNTS.forEach(count ->
                delta.put(count, after.path(count).asLong() - before.path(count).asLong()));
        return delta;
    }
}
