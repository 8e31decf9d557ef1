package io.consentgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.consentgateway.gateway.testing.GatewayHttp;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import io.consentgateway.gateway.testing.GatewayHttp.Reply;
import io.consentgateway.gateway.testing.KeycloakIntegrationTest;
import io.consentgateway.gateway.testing.KeycloakServer;
import io.consentgateway.gateway.testing.WebMembers;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gateway trusting a real Keycloak: realm tokens work by role, nothing weaker or forged gets in. */
@KeycloakIntegrationTest
class KeycloakAuthenticationIT {

    private static final String WEB = "/api/v1/ingest/web";

    @LocalServerPort
    int port;

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private GatewayHttp gateway;
    private WebMembers members;

    @BeforeEach
    void connect() {
        gateway = new GatewayHttp(port);
        members = new WebMembers(UUID.randomUUID().getMostSignificantBits(), "kc-" + UUID.randomUUID());
    }

    @Test
    void realmTokensAuthenticateAndTheirRolesAuthorise() {
        String integrator = keycloak.tokenFor(DemoUser.INTEGRATOR);
        Reply ingested = gateway.postWithToken(integrator, WEB, List.of(members.aMember()));
        assertThat(ingested.status()).isEqualTo(202);
        String subjectId =
                ingested.body().path("outcomes").get(0).path("subjectId").asText();

        Reply masked = gateway.getWithToken(keycloak.tokenFor(DemoUser.OPERATIONS), "/api/v1/subjects/" + subjectId);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body().path("mobile").asText()).contains("****");
        assertThat(masked.cookies()).as("a stateless API sets no cookie").isEmpty();
        assertThat(gateway.getWithToken(keycloak.tokenFor(DemoUser.ANALYST), "/api/v1/subjects/" + subjectId)
                        .status())
                .isEqualTo(403);
        assertThat(gateway.postWithToken(keycloak.tokenFor(DemoUser.OPERATIONS), WEB, List.of())
                        .status())
                .isEqualTo(403);
    }

    // PIPL Art. 21: an entrusted processor's system is recognised by its own client (azp) and reads its contract's
    // fields, masked; no other client reaches that operation
    @Test
    void anEntrustedProcessorIsRecognisedByItsClientAndReadsItsContractFieldsMasked() {
        Map<String, Object> member = new LinkedHashMap<>(members.aMember());
        member.put("consents", Map.of("membership", true, "sensitive-pi", true, "marketing", true));
        String subjectId = gateway.postWithToken(
                        keycloak.clientCredentialsToken("integrator-web", "integrator-web-secret"),
                        WEB,
                        List.of(member))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        Map<String, Object> contract = Map.of(
                "clientId", "processor-sms",
                "contractReference", "C-2026-SMS-018",
                "purposes", List.of("marketing"),
                "fields", List.of("mobile"),
                "validFrom", "2020-01-01",
                "validUntil", "2099-12-31");
        assertThat(gateway.putWithToken(
                                keycloak.tokenFor(DemoUser.COMPLIANCE), "/api/v1/processors/sms-gateway", contract)
                        .status())
                .isEqualTo(200);
        String path = "/api/v1/processors/me/subjects/" + subjectId + "?purpose=marketing";

        Reply read =
                gateway.getWithToken(keycloak.clientCredentialsToken("processor-sms", "processor-sms-secret"), path);

        assertThat(read.status()).as("%s", read.body()).isEqualTo(200);
        assertThat(read.body().path("processor").asText()).isEqualTo("sms-gateway");
        assertThat(read.body().path("fields").path("mobile").asText()).contains("****");
        assertThat(read.body().path("fields").size()).isEqualTo(1);
        assertThat(gateway.getWithToken(
                                keycloak.clientCredentialsToken("integrator-web", "integrator-web-secret"), path)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anIntegratingSystemAuthenticatesWithClientCredentials() {
        String token = keycloak.clientCredentialsToken("integrator-web", "integrator-web-secret");
        Reply reply = gateway.postWithToken(token, WEB, List.of(members.aMember()));
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.body().path("stored").asLong()).isEqualTo(1);
    }

    @Test
    void loginOptionsNameTheRealmsEndpointsAndThePagesPublicClients() throws Exception {
        Reply options = gateway.getAnonymous("/api/v1/login-options");

        assertThat(options.status()).isEqualTo(200);
        JsonNode body = options.body();
        assertThat(body.path("mode").asText()).isEqualTo("keycloak");
        assertThat(body.path("issuer").asText()).isEqualTo(keycloak.issuer());
        assertThat(body.path("tokenEndpoint").asText()).isEqualTo(keycloak.issuer() + "/protocol/openid-connect/token");
        assertThat(body.path("endSessionEndpoint").asText())
                .isEqualTo(keycloak.issuer() + "/protocol/openid-connect/logout");
        assertThat(body.path("clients").path("console").asText()).isEqualTo("compliance-console");
        assertThat(body.path("clients").path("portal").asText()).isEqualTo("privacy-portal");

        // the realm knows the console client at the named endpoint: a PKCE request gets its sign-in page
        HttpResponse<String> signIn = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(body.path("authorizationEndpoint")
                                                .asText()
                                        + "?response_type=code&scope=openid&client_id="
                                        + body.path("clients").path("console").asText()
                                        + "&redirect_uri=http://127.0.0.1:8080/console/"
                                        + "&code_challenge_method=S256"
                                        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionOfARealmTokenNamesItsUserAndOnlyThePolicyFilesRoles() {
        Reply session = gateway.getWithToken(keycloak.tokenFor(DemoUser.COMPLIANCE), "/api/v1/session");

        assertThat(session.status()).isEqualTo(200);
        assertThat(session.body().path("username").asText()).isEqualTo("compliance");
        assertThat(session.body().path("roles").toString())
                .as("Keycloak's default roles are not ours")
                .isEqualTo("[\"compliance\"]");
        assertThat(session.body().path("permissions").toString()).contains("report:read");
    }

    @Test
    void httpBasicIsNotAcceptedOnceKeycloakIsConfigured() {
        assertThat(gateway.get(DemoUser.ADMIN, "/api/v1/ingest/stats").status()).isEqualTo(401);
    }

    @Test
    void forgedExpiredForeignAndMalformedTokensAreRejectedWith401AndNoStackTrace() throws Exception {
        String real = keycloak.tokenFor(DemoUser.ADMIN);
        JWTClaimsSet claims = SignedJWT.parse(real).getJWTClaimsSet();
        RSAKey realmKey =
                (RSAKey) JWKSet.load(new URL(keycloak.issuer() + "/protocol/openid-connect/certs")).getKeys().stream()
                        .filter(key -> key instanceof RSAKey
                                && "sig".equals(key.getKeyUse().identifier()))
                        .findFirst()
                        .orElseThrow();
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        Instant now = Instant.now();

        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("alg none", new PlainJWT(claims).serialize());
        attacks.put("RS256 re-signed as HS256 with the public key", ForgedTokens.hs256WithPublicKey(realmKey, claims));
        attacks.put("unknown kid", ForgedTokens.rs256(attacker, claims));
        attacks.put(
                "expired",
                ForgedTokens.rs256(
                        attacker,
                        copy(claims)
                                .expirationTime(Date.from(now.minusSeconds(600)))
                                .build()));
        attacks.put(
                "not yet valid",
                ForgedTokens.rs256(
                        attacker,
                        copy(claims)
                                .notBeforeTime(Date.from(now.plusSeconds(600)))
                                .build()));
        attacks.put(
                "wrong issuer",
                ForgedTokens.rs256(
                        attacker,
                        copy(claims).issuer("http://127.0.0.1:1/realms/x").build()));
        attacks.put(
                "wrong audience",
                ForgedTokens.rs256(attacker, copy(claims).audience("account").build()));
        attacks.put("tampered payload", tampered(real));
        attacks.put(
                "token of another realm",
                keycloak.passwordToken("other", KeycloakServer.CLI_CLIENT, "intruder", "intruder-demo"));
        attacks.put("garbage", "not-a-token");
        attacks.put("10 kB", "x".repeat(10_240));

        attacks.forEach((attack, token) -> {
            Reply reply = gateway.getWithToken(token, "/api/v1/ingest/stats");
            assertThat(reply.status()).as(attack).isEqualTo(401);
            assertThat(reply.contentType()).as(attack).startsWith("application/problem+json");
            assertThat(reply.body().toString()).as(attack).doesNotContain("Exception");
        });
        assertThat(gateway.withAuthorization(null, "/api/v1/ingest/stats").status())
                .as("no bearer")
                .isEqualTo(401);
        assertThat(gateway.withAuthorization("Bearer ", "/api/v1/ingest/stats").status())
                .as("empty bearer")
                .isEqualTo(401);
        assertThat(gateway.getWithToken(real, "/api/v1/ingest/stats").status())
                .as("the untouched token still works")
                .isEqualTo(200);
    }

    @Test
    void aCustomerReachesOnlyTheCustomerRecordBoundToTheAccount() {
        String mine = gateway.postWithToken(keycloak.tokenFor(DemoUser.INTEGRATOR), WEB, List.of(members.aMember()))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        String other = gateway.postWithToken(keycloak.tokenFor(DemoUser.INTEGRATOR), WEB, List.of(members.aMember()))
                .body()
                .path("outcomes")
                .get(0)
                .path("subjectId")
                .asText();
        String customer = keycloak.tokenFor(DemoUser.CUSTOMER);
        Reply current = gateway.getWithToken(customer, "/api/v1/me/preferences");
        if (current.status() == 404) {
            assertThat(gateway.putWithToken(
                                    keycloak.tokenFor(DemoUser.COMPLIANCE),
                                    "/api/v1/subjects/" + mine + "/account",
                                    Map.of("username", "customer"))
                            .status())
                    .isEqualTo(204);
        } else {
            // another class bound the account first (the gateway is shared): the subject it is bound to is "mine"
            int notice = gateway.getAnonymous("/api/v1/notices/current")
                    .body()
                    .path("version")
                    .asInt();
            mine = gateway.postWithToken(
                            customer,
                            "/api/v1/me/consents",
                            Map.of("purpose", "analytics", "granted", true, "noticeVersion", notice))
                    .body()
                    .path("subjectId")
                    .asText();
        }

        // PIPL Art. 45: the right of access is the customer's own; the token's account decides whose data, nothing
        // else.
        String bearer = "Bearer " + customer;
        String body =
                "{\"purpose\":\"analytics\",\"granted\":true,\"noticeVersion\":1,\"subjectId\":\"" + other + "\"}";
        List<Reply> attempts = List.of(
                gateway.call("GET", bearer, "/api/v1/me/consents?subjectId=" + other, null),
                gateway.call("GET", bearer, "/api/v1/me/consents?subject=" + other + "&id=" + other, null),
                gateway.call("GET", bearer, "/api/v1/me/preferences?subjectId=" + other, null),
                gateway.call(
                        "GET",
                        bearer,
                        "/api/v1/me/consents",
                        null,
                        Map.of("X-Subject-Id", other, "X-Forwarded-User", "integrator")),
                gateway.call("GET", bearer, "/api/v1/me/consents/../../subjects/" + other, null),
                gateway.call("POST", bearer, "/api/v1/me/consents?subjectId=" + other, body));
        attempts.forEach(reply -> assertThat(reply.body().toString())
                .as("a subject id in the query, path or body is never used")
                .doesNotContain(other));
        assertThat(attempts.get(0).status()).isEqualTo(200);
        assertThat(attempts.get(attempts.size() - 1).body().path("subjectId").asText())
                .as("the consent was recorded for the account's own subject")
                .isEqualTo(mine);
        assertThat(gateway.call("GET", bearer, "/api/v1/subjects/" + other, null)
                        .status())
                .isEqualTo(403);
        assertThat(gateway.call("GET", bearer, "/api/v1/subjects/" + mine, null).status())
                .as("not even their own record by id: /me is the customer's only door")
                .isEqualTo(403);
    }

    private static JWTClaimsSet.Builder copy(JWTClaimsSet claims) {
        return new JWTClaimsSet.Builder(claims);
    }

    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"realm_access\":{\"roles\":[", "\"realm_access\":{\"roles\":[\"compliance\",");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }
}
