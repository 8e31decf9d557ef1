package io.consentgateway.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.gateway.testing.GatewayHttp.DemoUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real Keycloak of the integration tests: started once per test run (the first test that asks for it), with the
 * gateway's realm and a foreign realm imported, and stopped when the test JVM exits.
 */
public final class KeycloakServer {

    public static final String REALM = "consent-gateway";
    /** The realm's password-grant client for scripts and tests. */
    public static final String CLI_CLIENT = "gateway-cli";

    private static KeycloakServer shared;
    private static RuntimeException failedToStart;

    private final String baseUrl;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private KeycloakServer(String baseUrl, String adminPassword) {
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    /** The one Keycloak of this test run, started on first use. */
    public static synchronized KeycloakServer shared() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
        }
        return shared;
    }

    private static KeycloakServer start() {
        String home = System.getProperty("keycloak.home");
        if (home == null || home.isBlank()) {
            throw new IllegalStateException(
                    "keycloak.home is not set: run the integration tests through Maven (./mvnw verify), which unpacks"
                            + " Keycloak into gateway/target/keycloak");
        }
        KeycloakProcess process = KeycloakProcess.start(
                Path.of(home),
                Path.of("src", "main", "resources", "keycloak", "consent-gateway-realm.json"),
                Path.of("src", "test", "resources", "keycloak", "other-realm.json"));
        Runtime.getRuntime().addShutdownHook(new Thread(process::stop, "keycloak-stop"));
        return new KeycloakServer(process.baseUrl(), process.adminPassword());
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The issuer the gateway is configured with. */
    public String issuer() {
        return issuer(REALM);
    }

    public String issuer(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    /** An access token of the demo user of that role (password {@code <role>-demo}). */
    public String tokenFor(DemoUser user) {
        String name = user.name().toLowerCase(Locale.ROOT);
        return passwordToken(REALM, CLI_CLIENT, name, name + "-demo");
    }

    public String passwordToken(String realm, String clientId, String username, String password) {
        return token(
                realm,
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** What an integrating system does: its own client id and secret, no user. */
    public String clientCredentialsToken(String clientId, String secret) {
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * Lets a public client of the realm (the console, the portal) sign users in to a gateway at that origin, as an
     * administrator would for their host: its redirect URIs under {@code path}, and the origin for CORS.
     */
    public void allowGatewayOrigin(String clientId, String origin, String path) {
        String admin = token(
                "master",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        KeycloakProcess.ADMIN,
                        "password",
                        adminPassword));
        String clients = baseUrl + "/admin/realms/" + REALM + "/clients";
        JsonNode found = send(HttpRequest.newBuilder(URI.create(
                                clients + "?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + admin)
                        .build())
                .get(0);
        ObjectNode client = (ObjectNode) found;
        client.withArray("redirectUris").add(origin + path + "*");
        client.withArray("webOrigins").add(origin);
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        attributes.put(
                "post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asText() + "##" + origin + path + "*");
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
                .build());
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "Keycloak admin API: HTTP " + response.statusCode() + " for " + request.uri());
            }
            return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the token request for client " + form.get("client_id")
                        + ": HTTP " + response.statusCode());
            }
            JsonNode token = json.readTree(response.body());
            return token.path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
