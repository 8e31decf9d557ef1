package io.consentgateway.gateway.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code kc.sh start-dev} on free loopback ports with an in-memory database (so every run imports the realms
 * afresh), waited on until the gateway realm answers. Its output goes to {@code target/keycloak.log}.
 */
final class KeycloakProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    /** The master realm's temporary administrator (the browser tests register their gateway's origin). */
    static final String ADMIN = "test-admin";

    private final Process process;
    private final String baseUrl;
    private final String adminPassword;

    private KeycloakProcess(Process process, String baseUrl, String adminPassword) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    static KeycloakProcess start(Path home, Path... realms) {
        try {
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            for (Path realm : realms) {
                Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            "bash",
                            home.resolve("bin").resolve("kc.sh").toString(),
                            "start-dev",
                            "--import-realm",
                            "--db=dev-mem",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + freePort(),
                            "--hostname-strict=false",
                            "--cache=local"))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", javaHome());
            String adminPassword = UUID.randomUUID().toString();
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            String baseUrl = "http://127.0.0.1:" + port;
            KeycloakProcess keycloak = new KeycloakProcess(builder.start(), baseUrl, adminPassword);
            keycloak.awaitRealm(baseUrl + "/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration");
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start; see gateway/target/keycloak.log", e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    String adminPassword() {
        return adminPassword;
    }

    void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitRealm(String discovery) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + "; see gateway/target/keycloak.log");
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(discovery))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException(
                "Keycloak was not ready within " + STARTUP_TIMEOUT + "; see gateway/target/keycloak.log");
    }

    /** KEYCLOAK_JAVA_HOME if set (for a Keycloak that needs a newer JDK), else the JDK running the tests. */
    private static String javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        return configured != null && !configured.isBlank() ? configured : System.getProperty("java.home");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
