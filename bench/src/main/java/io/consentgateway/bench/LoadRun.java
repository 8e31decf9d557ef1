package io.consentgateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hands the load to a {@link LoadGenerator} in a separate JVM (same java binary, same classpath): writes its inputs
 * into a work directory, waits for it, and reads back its rounds. The credential goes in an owner-only file, never
 * on a command line that {@code ps} would show.
 */
final class LoadRun {

    private final Path work;
    private final int port;
    private final String authorization;

    LoadRun(Path work, int port, String authorization) {
        this.work = work;
        this.port = port;
        this.authorization = authorization;
    }

    List<LoadRound> run(List<UUID> subjects, int connections, int warmUpSeconds, int seconds, int rounds)
            throws IOException, InterruptedException {
        Path credential = Files.createFile(
                work.resolve("authorization"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(credential, authorization);
        Path trivial = Files.write(work.resolve("trivial.paths"), List.of(ReadBench.TRIVIAL_PATH));
        Path masked = Files.write(
                work.resolve("masked.paths"),
                subjects.stream().map(id -> "/api/v1/subjects/" + id).toList());
        Path out = work.resolve("rounds.txt");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString()),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                LoadGenerator.class.getName(),
                "--base",
                "http://127.0.0.1:" + port,
                "--authorization-file",
                credential.toString(),
                "--phase",
                "trivial=" + trivial,
                "--phase",
                "masked=" + masked,
                "--connections",
                String.valueOf(connections),
                "--warm-up",
                String.valueOf(warmUpSeconds),
                "--seconds",
                String.valueOf(seconds),
                "--rounds",
                String.valueOf(rounds),
                "--out",
                out.toString()));
        Process generator = new ProcessBuilder(command).inheritIO().start();
        int exit = generator.waitFor();
        Files.delete(credential);
        if (exit != 0) {
            throw new IllegalStateException("the load generator failed (exit " + exit + "); see its message above");
        }
        return Files.readAllLines(out).stream().map(LoadRound::parse).toList();
    }
}
