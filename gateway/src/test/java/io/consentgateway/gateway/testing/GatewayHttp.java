package io.consentgateway.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain HTTP client against the running gateway, as an integrator's script would be. */
public final class GatewayHttp {

    /** Demo users of the development realm; passwords are "<role>-demo". */
    public enum DemoUser {
        INTEGRATOR,
        OPERATIONS,
        ANALYST,
        ADMIN,
        COMPLIANCE,
        CUSTOMER;

        public String basicAuth() {
            String name = name().toLowerCase(Locale.ROOT);
            return "Basic "
                    + Base64.getEncoder()
                            .encodeToString((name + ":" + name + "-demo").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @param cookies the Set-Cookie headers: a stateless API sets none */
    public record Reply(int status, String contentType, String requestId, JsonNode body, List<String> cookies) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public GatewayHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Reply get(DemoUser user, String path) {
        return get(user, path, Map.of());
    }

    public Reply get(DemoUser user, String path, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(authorised(request, user));
    }

    public Reply post(DemoUser user, String path, Object body) {
        return postRaw(user, path, toJson(body));
    }

    public Reply put(DemoUser user, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body)));
        return send(authorised(request, user));
    }

    public Reply postAnonymous(String path, Object body) {
        return post(null, path, body);
    }

    public Reply getAnonymous(String path) {
        return get(null, path);
    }

    public String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply postRaw(DemoUser user, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(authorised(request, user));
    }

    /** The same calls with a bearer token instead of a demo user's password. */
    public Reply getWithToken(String token, String path) {
        return call("GET", "Bearer " + token, path, null);
    }

    public Reply postWithToken(String token, String path, Object body) {
        return call("POST", "Bearer " + token, path, toJson(body));
    }

    public Reply putWithToken(String token, String path, Object body) {
        return call("PUT", "Bearer " + token, path, toJson(body));
    }

    /** Any method with any Authorization header value (or none), and a raw JSON body (or none). */
    public Reply call(String method, String authorization, String path, String jsonBody) {
        return call(method, authorization, path, jsonBody, Map.of());
    }

    public Reply call(String method, String authorization, String path, String jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return send(request);
    }

    public Reply withAuthorization(String authorization, String path) {
        return call("GET", authorization, path, null);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, DemoUser user) {
        return user == null ? request : request.header("Authorization", user.basicAuth());
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            boolean isJson = contentType.contains("json") && body != null && !body.isBlank();
            return new Reply(
                    response.statusCode(),
                    contentType,
                    response.headers().firstValue("X-Request-Id").orElse(null),
                    // other bodies (a zip export) are not for this client to read
                    isJson ? json.readTree(body) : json.nullNode(),
                    response.headers().allValues("Set-Cookie"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
