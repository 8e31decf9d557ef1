package io.consentgateway.routes.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.IngestBatch;
import io.consentgateway.routes.pipeline.IngestContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Channels made from one route definition, differing only by their field mapping; the pipeline edge is captured. */
class MemberChannelRoutesTest {

    private final ChannelRecordsCapture pipeline = new ChannelRecordsCapture();
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new MemberChannelRoutes(Map.of(
                "web",
                new PlatformFieldMapping(null, null),
                "wechat",
                new PlatformFieldMapping("openid", Map.of("nickname", "name", "phoneNumber", "mobile", "city", "city")),
                "jd",
                new PlatformFieldMapping(
                        "orderId",
                        Map.of(
                                "consigneeInfo.fullname", "name",
                                "consigneeInfo.mobile", "mobile",
                                "orderPayment", "orderAmount",
                                "itemInfoList.0.category", "orderCategory",
                                "itemInfoList.5.category", "storeCode")))));
        camel.addRoutes(pipeline);
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void everyConfiguredChannelIsARouteFromTheSameDefinition() {
        assertThat(camel.getRoute("channel-web")).isNotNull();
        assertThat(camel.getRoute("channel-wechat")).isNotNull();
        assertThat(camel.getRoutes())
                .filteredOn(route -> route.getRouteId().startsWith("channel-"))
                .hasSize(3);
    }

    // PIPL Art. 6: a platform's extra fields (avatar, gender guess, ...) are not collected when a mapping is given.
    @Test
    void aPlatformPayloadIsMappedToOurFieldsAndUnmappedFieldsAreNotCollected() {
        Map<String, Object> wechat = Map.of(
                "openid", "o-123",
                "nickname", "小明",
                "phoneNumber", "13812345678",
                "headimgurl", "https://thirdwx.qlogo.cn/x.png",
                "consents", Map.of("membership", true));

        camel.createProducerTemplate()
                .sendBody(
                        MemberChannelRoutes.endpointOf("wechat"), new IngestBatch(context("wechat"), List.of(wechat)));

        ChannelRecord record = pipeline.records().get(0);
        assertThat(record.sourceId()).isEqualTo("o-123");
        assertThat(record.raw().fields()).containsOnlyKeys("name", "mobile");
        assertThat(record.raw().consents()).containsEntry("membership", true);
        assertThat(record.payload())
                .as("the quarantine keeps what the platform sent")
                .containsKey("headimgurl");
        assertThat(record.mappingProblem()).isEmpty();
    }

    @Test
    void nestedPlatformValuesAreMappedByTheirDottedPath() {
        Map<String, Object> order = Map.of(
                "orderId",
                8812001,
                "orderPayment",
                "299.00",
                "consigneeInfo",
                Map.of("fullname", "王小明", "mobile", "13700001001", "phone", "021-5555"),
                "itemInfoList",
                List.of(Map.of("skuName", "耳机", "category", "数码")));

        camel.createProducerTemplate()
                .sendBody(MemberChannelRoutes.endpointOf("jd"), new IngestBatch(context("jd"), List.of(order)));

        ChannelRecord record = pipeline.records().get(0);
        assertThat(record.sourceId()).isEqualTo("8812001");
        assertThat(record.raw().fields())
                .containsOnly(
                        Map.entry("name", "王小明"),
                        Map.entry("mobile", "13700001001"),
                        Map.entry("orderAmount", "299.00"),
                        Map.entry("orderCategory", "数码"));
    }

    @Test
    void aRecordWithoutThePlatformsIdIsNamedByThatProblem() {
        camel.createProducerTemplate()
                .sendBody(
                        MemberChannelRoutes.endpointOf("wechat"),
                        new IngestBatch(context("wechat"), List.of(Map.of("nickname", "小红"))));
        assertThat(pipeline.records().get(0).mappingProblem())
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("sourceId"));
    }

    private static IngestContext context(String channel) {
        return new IngestContext(channel, "integrator", "integrator", "test-request", Instant.now());
    }
}
