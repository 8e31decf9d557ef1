package io.consentgateway.gateway.ingest;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order batches (Taobao, JD) and event check-ins: each stored under the customer it belongs to, ready for RFM and
 * tags.
 */
@GatewayIntegrationTest
class CustomerActivityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> taobaoTrade(String tid, String mobile, String payment, String created) {
        Map<String, Object> trade = new HashMap<>();
        trade.put("tid", tid);
        trade.put("receiver_name", "王小明");
        trade.put("receiver_mobile", mobile);
        trade.put("receiver_state", "浙江省");
        trade.put("receiver_city", "杭州市");
        trade.put("receiver_district", "西湖区");
        trade.put("receiver_address", "浙江省杭州市西湖区文三路90号");
        trade.put("payment", payment);
        trade.put("discount_fee", "20.00");
        trade.put("created", created);
        trade.put("buyer_message", "请周末送达");
        trade.put("orders", List.of(Map.of("title", "羊毛围巾", "category", "服饰", "num", 1, "price", "219.00")));
        return trade;
    }

    private static Map<String, Object> jdOrder(String orderId, String mobile) {
        return Map.of(
                "orderId",
                orderId,
                "orderPayment",
                "¥1,299.50",
                "orderStartTime",
                "2026/10/3 21:15",
                "consigneeInfo",
                Map.of(
                        "fullname", "王小明",
                        "mobile", mobile,
                        "province", "浙江省",
                        "city", "杭州市",
                        "county", "西湖区",
                        "fullAddress", "浙江省杭州市西湖区文三路90号"),
                "itemInfoList",
                List.of(Map.of("skuName", "降噪耳机", "category", "数码")));
    }

    @Test
    void ordersFromTaobaoAndJdAreStoredUnderTheOneCustomerTheyWereShippedTo() {
        GatewayHttp gateway = new GatewayHttp(port);
        String mobile = "13700001001";

        JsonNode taobao = gateway.post(
                        INTEGRATOR,
                        "/api/v1/ingest/taobao",
                        List.of(taobaoTrade("tb-order-1001", mobile, "199.00", "2026-11-01 10:00:00")))
                .body();
        JsonNode jd = gateway.post(INTEGRATOR, "/api/v1/ingest/jd", List.of(jdOrder("jd-order-1001", mobile)))
                .body();

        String subjectId = taobao.path("outcomes").get(0).path("subjectId").asText();
        assertThat(taobao.path("stored").asInt()).as(taobao.toString()).isEqualTo(1);
        assertThat(jd.path("stored").asInt()).as(jd.toString()).isEqualTo(1);
        assertThat(jd.path("outcomes").get(0).path("subjectId").asText()).isEqualTo(subjectId);
        List<Map<String, Object>> orders = jdbc.queryForList(
                "select channel, amount, discount, ordered_at, category from customer_order"
                        + " where subject_id = ?::uuid order by ordered_at",
                subjectId);
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0))
                .containsEntry("channel", "jd")
                .containsEntry("amount", new BigDecimal("1299.50"))
                .containsEntry("category", "数码");
        assertThat(((java.sql.Timestamp) orders.get(0).get("ordered_at")).toInstant())
                .isEqualTo(Instant.parse("2026-10-03T13:15:00Z"));
        assertThat(orders.get(1))
                .containsEntry("channel", "taobao")
                .containsEntry("amount", new BigDecimal("199.00"))
                .containsEntry("discount", new BigDecimal("20.00"))
                .containsEntry("category", "服饰");
        assertThat(((java.sql.Timestamp) orders.get(1).get("ordered_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
    }

    @Test
    void anOrderDeliveredTwiceIsStoredOnce() {
        GatewayHttp gateway = new GatewayHttp(port);
        Map<String, Object> trade = taobaoTrade("tb-order-2001", "13700002001", "88.00", "2026-11-02 09:30:00");

        gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", List.of(trade));
        JsonNode again = gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", List.of(trade))
                .body();

        assertThat(again.path("duplicate").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_order where channel = 'taobao' and source_id = 'tb-order-2001'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void ordersWithAnAmbiguousAmountOrAFutureTimeAreQuarantinedNamingTheField() {
        GatewayHttp gateway = new GatewayHttp(port);
        List<Map<String, Object>> trades = new ArrayList<>();
        trades.add(taobaoTrade("tb-order-3001", "13700003001", "12,5元", "2026-11-02 09:30:00"));
        trades.add(taobaoTrade("tb-order-3002", "13700003002", "50.00", "2099-01-01 00:00:00"));
        trades.add(taobaoTrade("tb-order-3003", "13700003003", "50.00", "yesterday"));

        JsonNode receipt =
                gateway.post(INTEGRATOR, "/api/v1/ingest/taobao", trades).body();

        assertThat(receipt.path("quarantined").asInt()).isEqualTo(3);
        assertThat(receipt.path("outcomes").findValuesAsText("reason"))
                .containsExactly(
                        "invalid-amount:orderAmount", "date-in-future:orderedAt", "invalid-date-time-format:orderedAt");
        assertThat(receipt.toString()).doesNotContain("13700003001");
    }

    // PIPL Art. 6: the buyer's message to the seller is not mapped, so it is not collected.
    @Test
    void platformFieldsOutsideTheMappingAreNotCollected() {
        GatewayHttp gateway = new GatewayHttp(port);
        JsonNode receipt = gateway.post(
                        INTEGRATOR,
                        "/api/v1/ingest/taobao",
                        List.of(taobaoTrade("tb-order-4001", "13700004001", "10.00", "2026-11-02 09:30:00")))
                .body();
        assertThat(receipt.path("stored").asInt()).as(receipt.toString()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from quarantined_record where source_id = 'tb-order-4001'", Integer.class))
                .isZero();
    }

    @Test
    void anEventCheckInIsStoredUnderTheMemberWhoCame() {
        GatewayHttp gateway = new GatewayHttp(port);
        Map<String, Object> checkIn = Map.of(
                "checkinId", "evt-2026-shanghai-0001",
                "eventCode", "SH-OPENING-2026",
                "name", "赵敏",
                "mobile", "13700005001",
                "checkedInAt", "2026-11-15T14:05:00+08:00",
                "consents", Map.of("membership", true));

        JsonNode receipt = gateway.post(INTEGRATOR, "/api/v1/ingest/event-checkin", List.of(checkIn))
                .body();

        assertThat(receipt.path("stored").asInt()).as(receipt.toString()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap(
                "select event_code, checked_in_at, subject_id::text as subject from event_checkin where source_id = ?",
                "evt-2026-shanghai-0001");
        assertThat(row)
                .containsEntry("event_code", "SH-OPENING-2026")
                .containsEntry(
                        "subject",
                        receipt.path("outcomes").get(0).path("subjectId").asText());
        assertThat(((java.sql.Timestamp) row.get("checked_in_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-15T06:05:00Z"));
    }
}
