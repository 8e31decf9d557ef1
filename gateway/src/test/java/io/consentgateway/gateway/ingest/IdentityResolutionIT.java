package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.OPERATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records about one person from several channels merge into one customer by ID number, mobile or WeChat unionid,
 * with merge history; conflicting values follow the documented rule.
 */
@GatewayIntegrationTest
class IdentityResolutionIT {

    @LocalServerPort
    int port;

    private JsonNode ingest(String channel, Map<String, Object> payload) {
        return new GatewayHttp(port)
                .post(INTEGRATOR, "/api/v1/ingest/" + channel, List.of(payload))
                .body()
                .path("outcomes")
                .get(0);
    }

    private JsonNode ingestAsPartner(String partner, Map<String, Object> payload) {
        GatewayHttp gateway = new GatewayHttp(port);
        return gateway.call(
                        "POST",
                        INTEGRATOR.basicAuth(),
                        "/api/v1/ingest/partner",
                        gateway.toJson(List.of(payload)),
                        Map.of("X-Partner", partner))
                .body()
                .path("outcomes")
                .get(0);
    }

    private JsonNode fullView(String subjectId) {
        return new GatewayHttp(port)
                .get(ADMIN, "/api/v1/subjects/" + subjectId + "?view=full", Map.of("X-Access-Purpose", "identity-test"))
                .body();
    }

    private JsonNode sources(String subjectId) {
        return new GatewayHttp(port)
                .get(OPERATIONS, "/api/v1/subjects/" + subjectId + "/sources")
                .body();
    }

    private static Map<String, Object> member(String sourceId, String name, String mobile) {
        return Map.of("sourceId", sourceId, "name", name, "mobile", mobile, "consents", Map.of("membership", true));
    }

    private static Map<String, Object> follower(String openid, String unionid, String mobile) {
        return Map.of(
                "openid", openid,
                "unionid", unionid,
                "nickname", "微信小明",
                "phoneNumber", mobile,
                "consents", Map.of("membership", true));
    }

    @Test
    void theSamePersonOnTwoWechatAppsIsOneCustomerLinkedByUnionId() {
        JsonNode officialAccount =
                ingest("wechat", follower("oOA-identity-0001", "oUnion-identity-0001-abcdef", "13600000101"));
        JsonNode miniProgram =
                ingest("wechat", follower("oMP-identity-0001", "oUnion-identity-0001-abcdef", "13600000102"));

        String subjectId = officialAccount.path("subjectId").asText();
        assertThat(miniProgram.path("outcome").asText())
                .as(miniProgram.toString())
                .isEqualTo("stored");
        assertThat(miniProgram.path("subjectId").asText()).isEqualTo(subjectId);
        JsonNode history = sources(subjectId);
        assertThat(history.findValuesAsText("matchedBy")).containsExactly("new", "wechat-unionid");
        assertThat(history.findValuesAsText("effect")).containsExactly("created", "overwritten");
        assertThat(history.toString()).doesNotContain("oUnion").doesNotContain("136000001");
    }

    @Test
    void aFollowerWhoHasNotAuthorisedAPhoneIsKeptByUnionIdAndCompletedWhenTheyDo() {
        JsonNode withoutPhone = ingest(
                "wechat",
                Map.of(
                        "openid", "oOA-identity-0006",
                        "unionid", "oUnion-identity-0006-abcdef",
                        "nickname", "微信小红",
                        "consents", Map.of("membership", true)));
        JsonNode withPhone =
                ingest("wechat", follower("oMP-identity-0006", "oUnion-identity-0006-abcdef", "13600000601"));

        String subjectId = withoutPhone.path("subjectId").asText();
        assertThat(withoutPhone.path("outcome").asText())
                .as(withoutPhone.toString())
                .isEqualTo("stored");
        assertThat(withPhone.path("subjectId").asText()).isEqualTo(subjectId);
        assertThat(fullView(subjectId).path("mobile").asText()).isEqualTo("+8613600000601");
        assertThat(ingest("wechat", Map.of("openid", "oOA-identity-0007", "nickname", "无名", "consents", Map.of()))
                        .path("reason")
                        .asText())
                .isEqualTo("missing:mobile");
    }

    @Test
    void anOrderReceiverDoesNotRenameTheMemberItIsShippedTo() {
        JsonNode member = ingest("web", member("web-identity-0002", "王小明", "13600000201"));
        JsonNode order = ingest(
                "taobao",
                Map.of(
                        "tid", "tb-identity-0002",
                        "receiver_name", "王先生",
                        "receiver_mobile", "13600000201",
                        "receiver_state", "浙江省",
                        "receiver_city", "杭州市",
                        "receiver_district", "西湖区",
                        "payment", "99.00",
                        "created", "2026-11-01 10:00:00"));

        String subjectId = member.path("subjectId").asText();
        assertThat(order.path("subjectId").asText()).isEqualTo(subjectId);
        JsonNode full = fullView(subjectId);
        assertThat(full.path("name").asText()).isEqualTo("王小明");
        assertThat(full.path("city").asText()).as("a gap the order filled").isEqualTo("杭州市");
        assertThat(sources(subjectId).findValuesAsText("effect")).containsExactly("created", "gaps-filled");
    }

    // PRODUCT.md data governance: partner data never overwrites first-party data; first-party data corrects partner
    // data.
    @Test
    void partnerDataNeverOverwritesFirstPartyDataButFirstPartyDataCorrectsPartnerData() {
        GatewayHttp gateway = new GatewayHttp(port);
        assertThat(gateway.put(
                                COMPLIANCE,
                                "/api/v1/partners/identity-partner",
                                Map.of(
                                        "contractRef", "C-2026-identity",
                                        "allowedPurposes", List.of("membership"),
                                        "reviewedOn",
                                                LocalDate.now().minusDays(1).toString(),
                                        "expiresOn",
                                                LocalDate.now().plusYears(1).toString()))
                        .status())
                .isBetween(200, 204);
        JsonNode fromPartner =
                ingestAsPartner("identity-partner", member("partner-identity-0003", "李四", "13600000301"));
        JsonNode firstParty = ingest("web", member("web-identity-0003", "李思", "13600000301"));
        JsonNode partnerAgain =
                ingestAsPartner("identity-partner", member("partner-identity-0004", "李四", "13600000301"));

        String subjectId = fromPartner.path("subjectId").asText();
        assertThat(firstParty.path("subjectId").asText()).isEqualTo(subjectId);
        assertThat(partnerAgain.path("subjectId").asText()).isEqualTo(subjectId);
        assertThat(fullView(subjectId).path("name").asText()).isEqualTo("李思");
        assertThat(sources(subjectId).findValuesAsText("effect"))
                .containsExactly("created", "overwritten", "gaps-filled");
    }

    @Test
    void aUnionIdAndAMobileOfTwoDifferentCustomersAreAConflictForAHuman() {
        ingest("wechat", follower("oOA-identity-0005", "oUnion-identity-0005-abcdef", "13600000501"));
        ingest("web", member("web-identity-0005", "赵六", "13600000502"));

        JsonNode mixed = ingest("wechat", follower("oMP-identity-0005", "oUnion-identity-0005-abcdef", "13600000502"));

        assertThat(mixed.path("outcome").asText()).isEqualTo("quarantined");
        assertThat(mixed.path("reason").asText()).isEqualTo("identity-conflict:wechatUnionId");
    }
}
