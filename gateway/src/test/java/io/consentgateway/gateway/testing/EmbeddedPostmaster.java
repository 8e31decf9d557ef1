package io.consentgateway.gateway.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The embedded PostgreSQL a gateway process runs under its data directory, found through {@code postmaster.pid}
 * (first line the process id, fourth the port). zonky's {@code pg_ctl start} runs it as a daemon, so it is no
 * descendant of the gateway's JVM, and it outlives that JVM when the JVM is killed.
 */
public record EmbeddedPostmaster(long pid, int port) {

    private static final Duration GONE_TIMEOUT = Duration.ofSeconds(30);

    /** The running postmaster of this data directory, if there is one. */
    public static Optional<EmbeddedPostmaster> of(Path dataDir) {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            EmbeddedPostmaster postmaster = new EmbeddedPostmaster(
                    Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip()));
            return postmaster.process().isPresent() ? Optional.of(postmaster) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database owner ({@code postgres}, trusted on loopback like zonky sets it up), for what the API hides. */
    public DataSource ownerDataSource() {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
    }

    /** SIGKILL to the postmaster and its backends, as when the host or container dies; returns once all are gone. */
    public void crash() {
        process().ifPresent(postmaster -> {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            await("PostgreSQL " + pid + " and its backends gone after SIGKILL")
                    .atMost(GONE_TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !postmaster.isAlive() && backends.stream().noneMatch(ProcessHandle::isAlive));
        });
    }

    /** The process, only while it is still a PostgreSQL server (a stale pid file may name a reused pid). */
    private Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().orElse("").endsWith("/postgres"));
    }
}
