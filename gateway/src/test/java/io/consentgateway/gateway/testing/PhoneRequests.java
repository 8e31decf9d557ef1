package io.consentgateway.gateway.testing;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.COMPLIANCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Data-subject requests received by phone and handled by compliance staff, as the request desk works them. */
public final class PhoneRequests {

    private static final String REQUESTS = "/api/v1/dsr/requests";

    private final GatewayHttp gateway;
    private final JdbcTemplate jdbc;

    public PhoneRequests(GatewayHttp gateway, JdbcTemplate jdbc) {
        this.gateway = gateway;
        this.jdbc = jdbc;
    }

    /** @return the request id */
    public String register(String kind, Object mobile) {
        Reply reply = gateway.post(
                COMPLIANCE, REQUESTS, Map.of("kind", kind, "mobile", String.valueOf(mobile), "channel", "phone"));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().path("requestId").asText();
    }

    /** Verifies the caller with the code sent to the subject's phone, then carries the request out. */
    public void verifyAndComplete(String requestId, String subjectId) {
        Reply verified = gateway.post(
                COMPLIANCE, REQUESTS + "/" + requestId + "/verification", Map.of("code", codeSentTo(subjectId)));
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        Reply completed = gateway.post(COMPLIANCE, REQUESTS + "/" + requestId + "/completion", Map.of());
        assertThat(completed.body().path("state").asText()).isEqualTo("completed");
    }

    public void refuseUnverified(String requestId) {
        Reply refused = gateway.post(
                COMPLIANCE,
                REQUESTS + "/" + requestId + "/refusal",
                Map.of("reason", "identity-not-verified", "explanation", "The caller could not confirm the code."));
        assertThat(refused.body().path("state").asText()).isEqualTo("refused");
    }

    /** A deletion asked for by phone, verified and completed: the subject is erased (PIPL Art. 47). */
    public void erase(Object mobile, String subjectId) {
        verifyAndComplete(register("delete", mobile), subjectId);
    }

    /** The one-time code the development notifier sent to the subject's phone. */
    public String codeSentTo(String subjectId) {
        String message = jdbc.queryForObject(
                "select message from notification_outbox where subject_id = ?::uuid order by id desc limit 1",
                String.class,
                subjectId);
        return message.replaceAll("(?s).*?([0-9]{6}).*", "$1");
    }
}
