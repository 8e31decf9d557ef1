package io.consentgateway.gateway.keys;

import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.ADMIN;
import static io.consentgateway.gateway.testing.GatewayHttp.DemoUser.INTEGRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.consentgateway.gateway.testing.FreshDataDirectory;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.WebMembers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The whole gateway configured for national cryptography: SM4-GCM, HMAC-SM3, SM3 and SM2. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gateway.keys.password=integration-test-keystore",
            "gateway.keys.field-algorithm=sm4-gcm",
            "gateway.keys.blind-index-algorithm=hmac-sm3",
            "gateway.keys.hash-algorithm=sm3",
            "gateway.keys.signature-algorithm=sm2"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
class NationalCryptographyIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Signer signer;

    @Autowired
    Hasher hasher;

    @Test
    void customersAreStoredUnderSm4DedupedBySm3AndEvidenceIsSignedWithSm2() {
        GatewayHttp gateway = new GatewayHttp(port);
        WebMembers members = new WebMembers(2026L, "sm");
        Map<String, Object> member = members.aMember();

        var receipt = gateway.post(INTEGRATOR, "/api/v1/ingest/web", List.of(member, members.samePersonAgain(member)))
                .body();
        String subjectId = receipt.path("outcomes").get(0).path("subjectId").asText();

        assertThat(receipt.path("outcomes").get(1).path("subjectId").asText())
                .as("HMAC-SM3 blind index finds the same person")
                .isEqualTo(subjectId);
        assertThat(jdbc.queryForObject(
                        "select algorithm from subject_key where subject_id = ?::uuid", String.class, subjectId))
                .isEqualTo("sm4-gcm");
        byte[] mobile =
                jdbc.queryForObject("select mobile_ct from subject where id = ?::uuid", byte[].class, subjectId);
        assertThat(mobile[1]).as("ciphertext header names SM4-GCM").isEqualTo((byte) 2);
        assertThat(gateway.get(
                                ADMIN,
                                "/api/v1/subjects/" + subjectId + "?view=full",
                                Map.of("X-Access-Purpose", "national-crypto-check"))
                        .body()
                        .path("mobile")
                        .asText())
                .isEqualTo("+86" + member.get("mobile"));

        byte[] evidence = "evidence".getBytes(StandardCharsets.UTF_8);
        Signer.DetachedSignature signature = signer.sign(evidence);
        assertThat(signature.algorithm()).isEqualTo(SignatureAlgorithm.SM2);
        assertThat(signer.verify(evidence, signature)).isTrue();
        assertThat(hasher.algorithm()).isEqualTo(HashAlgorithm.SM3);
    }
}
