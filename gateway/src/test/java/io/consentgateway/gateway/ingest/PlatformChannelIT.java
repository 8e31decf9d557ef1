package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A platform channel defined by configuration only (application.yaml: wechat), end to end. */
@GatewayIntegrationTest
class PlatformChannelIT {

    @LocalServerPort
    int port;

    // PIPL Art. 6: what the platform sends beyond the mapped fields is not collected.
    @Test
    void aWechatPayloadIsStoredUnderOurFieldsAndItsExtraFieldsAreNotCollected() {
        GatewayHttp gateway = new GatewayHttp(port);
        Map<String, Object> follower = Map.of(
                "openid", "oWx-platform-channel-1",
                "nickname", "微信用户",
                "phoneNumber", "13912345601",
                "headimgurl", "https://thirdwx.qlogo.cn/mmopen/x/132",
                "consents", Map.of("membership", true));

        JsonNode outcome = gateway.post(INTEGRATOR, "/api/v1/ingest/wechat", List.of(follower))
                .body()
                .path("outcomes")
                .get(0);

        assertThat(outcome.path("outcome").asText()).isEqualTo("stored");
        assertThat(outcome.path("sourceId").asText()).isEqualTo("oWx-platform-channel-1");
        JsonNode full = gateway.get(
                        ADMIN,
                        "/api/v1/subjects/" + outcome.path("subjectId").asText() + "?view=full",
                        Map.of("X-Access-Purpose", "channel-test"))
                .body();
        assertThat(full.path("name").asText()).isEqualTo("微信用户");
        assertThat(full.path("mobile").asText()).isEqualTo("+8613912345601");
        assertThat(full.toString()).doesNotContain("qlogo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "douyin, open_id, nickname, mobile",
        "xiaohongshu, user_id, nickname, phone",
        "app, sourceId, name, mobile",
        "miniprogram, sourceId, name, mobile",
        "member-registration, sourceId, name, mobile"
    })
    void eachConfiguredPlatformChannelStoresItsOwnPayloadShape(
            String channel, String idField, String nameField, String mobileField) {
        GatewayHttp gateway = new GatewayHttp(port);
        String mobile = "1391234" + Math.floorMod(channel.hashCode(), 10_000) / 10 + "0";
        Map<String, Object> payload = Map.of(
                idField,
                channel + "-user-1",
                nameField,
                "渠道用户",
                mobileField,
                mobile.substring(0, 11),
                "consents",
                Map.of("membership", true));

        JsonNode outcome = gateway.post(INTEGRATOR, "/api/v1/ingest/" + channel, List.of(payload))
                .body()
                .path("outcomes")
                .get(0);

        assertThat(outcome.path("outcome").asText()).as(outcome.toString()).isEqualTo("stored");
        assertThat(outcome.path("sourceId").asText()).isEqualTo(channel + "-user-1");
    }
}
