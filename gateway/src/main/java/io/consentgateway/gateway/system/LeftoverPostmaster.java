package io.consentgateway.gateway.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a daemon of its own, so when the gateway's JVM is killed ({@code kill -9}, the
 * out-of-memory killer) the server it started keeps running on the data directory and the next start would fail on
 * its {@code postmaster.pid}. Only a gateway starts servers on this directory, so a server still running there is a
 * leftover: it is asked to shut down (SIGTERM, PostgreSQL's smart shutdown; its clients died with the JVM) and, if it
 * has not within the grace period, killed. PostgreSQL recovers from its write-ahead log on the next start.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private LeftoverPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = running(dataDirectory.resolve("postmaster.pid"));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn(
                "A PostgreSQL server (pid {}) left running by an earlier gateway process on {} is stopped first",
                postmaster.pid(),
                dataDirectory);
        postmaster.destroy();
        if (!exited(postmaster, GRACE)) {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
            if (!exited(postmaster, GRACE)) {
                throw new IllegalStateException("The PostgreSQL server (pid " + postmaster.pid() + ") on "
                        + dataDirectory + " could not be stopped; stop it before starting the gateway");
            }
        }
    }

    /** The server named by the pid file, while it is alive and still a PostgreSQL server (pids are reused). */
    private static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"));
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }
}
