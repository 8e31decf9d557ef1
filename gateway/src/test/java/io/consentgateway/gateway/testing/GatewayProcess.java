package io.consentgateway.gateway.testing;

import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gateway as an operator runs it: {@code consent-gateway-exec.jar} in a JVM of its own (the one running the
 * tests), on the embedded defaults in a given data directory, on a free loopback port, its output in a log file.
 */
public final class GatewayProcess implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    // 128 + SIGKILL: what Process.exitValue() reports for a process the kernel killed with signal 9
    private static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and returns once {@code /actuator/health} answers; extra arguments are Spring properties. */
    public static GatewayProcess start(Path dataDir, String keysPassword, Path log, List<String> properties) {
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElseThrow(),
                    "-Xmx768m",
                    "-jar",
                    executableJar().toString(),
                    "--gateway.data-dir=" + dataDir,
                    "--server.port=" + port));
            command.addAll(properties);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // the developer's or CI's own gateway settings (an issuer, an external database) must not leak in
            builder.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.startsWith("SPRING_"));
            builder.environment().put("GATEWAY_KEYS_PASSWORD", keysPassword);
            GatewayProcess gateway = new GatewayProcess(builder.start(), port, log);
            gateway.awaitHealthy();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("The gateway did not start; see " + log, e);
        }
    }

    public int port() {
        return port;
    }

    public GatewayHttp http() {
        return new GatewayHttp(port);
    }

    /** SIGKILL, as {@code kill -9} or the kernel's out-of-memory killer would: no shutdown hook runs. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The gateway survived SIGKILL for 30 s");
        }
        if (process.exitValue() != KILLED_BY_SIGKILL) {
            throw new IllegalStateException(
                    "The gateway exited with " + process.exitValue() + " before it could be killed; see " + log);
        }
    }

    /** A graceful stop (SIGTERM, which stops the embedded PostgreSQL too), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Built by the package phase; failsafe names it in {@code gateway.exec.jar}. */
    private static Path executableJar() {
        Path jar = Path.of(System.getProperty("gateway.exec.jar", "target/consent-gateway-exec.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase first (./mvnw verify does)");
        }
        return jar;
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await("the gateway answering; see " + log)
                    .atMost(STARTUP_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "The gateway exited with " + process.exitValue() + " while starting; see " + log);
                        }
                        return answers(http, health);
                    });
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Up, even while a large dropped file is being stored (Camel's consumer health checks are off for that). */
    private static boolean answers(HttpClient http, HttpRequest health) throws InterruptedException {
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
