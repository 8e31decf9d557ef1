package io.consentgateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot application in a JVM of its own, started by a bench: the JDK running the bench, the given JVM options,
 * its output in a log file, a free loopback port. Knows when it was started, so its time to ready is measured from
 * the process's start, JVM start-up included.
 */
final class BenchProcess implements AutoCloseable {

    private static final Duration READY_POLL = Duration.ofMillis(50);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private BenchProcess(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** The executable jar, with {@code --server.port} added to the arguments. */
    static BenchProcess jar(Path jar, List<String> jvmOptions, List<String> arguments, Path log) {
        return start(jvmOptions, List.of("-jar", jar.toString()), arguments, log);
    }

    /** A main class on this JVM's class path, with {@code --server.port} added to the arguments. */
    static BenchProcess mainClass(Class<?> main, List<String> jvmOptions, List<String> arguments, Path log) {
        return start(jvmOptions, List.of("-cp", System.getProperty("java.class.path"), main.getName()), arguments, log);
    }

    private static BenchProcess start(List<String> jvmOptions, List<String> what, List<String> arguments, Path log) {
        try {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(jdkTool("java"));
            command.addAll(jvmOptions);
            command.addAll(what);
            command.addAll(arguments);
            command.add("--server.port=" + port);
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // the developer's own gateway settings (an external database, an issuer) must not leak in
            builder.environment().keySet().removeIf(name -> name.startsWith("GATEWAY_") || name.startsWith("SPRING_"));
            long started = System.nanoTime();
            return new BenchProcess(builder.start(), port, log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a JVM; see " + log, e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health/readiness} answers 200 (UP); returns the time since the process started. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The process exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (ready(readiness)) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(READY_POLL.toMillis());
        }
        process.destroyForcibly();
        throw new IllegalStateException("Not ready after " + timeout + "; see " + log);
    }

    /** A full GC ({@code jcmd GC.run}), then the heap as {@code GC.heap_info} reports it and the resident set. */
    MemoryFootprint memoryAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String heapInfo = jcmd("GC.heap_info");
        String status = Files.readString(Path.of("/proc", String.valueOf(pid()), "status"));
        return MemoryFootprint.parse(heapInfo, status);
    }

    /** SIGTERM (the gateway stops its embedded PostgreSQL on the way out), forcibly after a minute. */
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

    private boolean ready(HttpRequest readiness) throws InterruptedException {
        try {
            return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(jdkTool("jcmd"), String.valueOf(pid()), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
