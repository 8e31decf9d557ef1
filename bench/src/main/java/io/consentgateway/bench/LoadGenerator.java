package io.consentgateway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator, in its own JVM so that its threads, heap and JIT never share the gateway's: closed-loop HTTP
 * load against a running gateway on loopback. After a warm-up over every phase, it measures each phase for
 * {@code --seconds} split into {@code --rounds} rounds, interleaved (in round 1 the phases run in the given order,
 * in round 2 reversed, ...), so that other load on the machine falls on every phase alike.
 *
 * <p>Usage: {@code LoadGenerator --base http://127.0.0.1:PORT --authorization-file F --phase NAME=PATHS_FILE ...
 * --connections N --warm-up S --seconds S --rounds N --out FILE}. A paths file holds one request path per line.
 * Writes one {@link LoadRound} line per round to {@code --out}; exits 1 if any request fails.
 */
public final class LoadGenerator {

    private LoadGenerator() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int connections = BenchGateway.option(args, "--connections", 16);
        // the JDK keeps only 5 idle connections per host by default: more threads would reconnect on every request
        System.setProperty("http.maxConnections", String.valueOf(connections));
        String base = BenchGateway.textOption(args, "--base", "");
        String authorization = Files.readString(Path.of(BenchGateway.textOption(args, "--authorization-file", "")))
                .trim();
        Map<String, List<URL>> phases = phases(args, base);
        double warmUp = Double.parseDouble(BenchGateway.textOption(args, "--warm-up", "5"));
        double seconds = Double.parseDouble(BenchGateway.textOption(args, "--seconds", "30"));
        int rounds = BenchGateway.option(args, "--rounds", 3);
        Path out = Path.of(BenchGateway.textOption(args, "--out", "load-rounds.txt"));

        ClosedLoop load = new ClosedLoop(connections, authorization);
        List<String> order = new ArrayList<>(phases.keySet());
        try {
            for (String phase : order) {
                LoadRound warm = load.run(phase, 0, phases.get(phase), warmUp / order.size());
                System.err.printf(Locale.ROOT, "warm-up %s: %.0f requests/s%n", phase, warm.requestsPerSecond());
            }
            List<String> lines = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<String> thisRound = new ArrayList<>(order);
                if (round % 2 == 0) {
                    Collections.reverse(thisRound);
                }
                for (String phase : thisRound) {
                    LoadRound measured = load.run(phase, round, phases.get(phase), seconds / rounds);
                    System.err.printf(
                            Locale.ROOT,
                            "round %d %-8s %8.0f requests/s  p50 %6.2f ms  p99 %6.2f ms%n",
                            round,
                            phase,
                            measured.requestsPerSecond(),
                            measured.p50Millis(),
                            measured.p99Millis());
                    lines.add(measured.line());
                }
            }
            Files.write(out, lines);
        } catch (IllegalStateException failed) {
            System.err.println("Load generator: " + failed.getMessage());
            System.exit(1);
        }
    }

    /** {@code --phase name=file}, in the order given. */
    private static Map<String, List<URL>> phases(String[] args, String base) throws IOException {
        Map<String, List<URL>> phases = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--phase")) {
                String[] nameAndFile = args[i + 1].split("=", 2);
                phases.put(
                        nameAndFile[0],
                        Files.readAllLines(Path.of(nameAndFile[1])).stream()
                                .filter(line -> !line.isBlank())
                                .map(path -> url(base + path.trim()))
                                .toList());
            }
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("no --phase name=paths-file given");
        }
        return phases;
    }

    private static URL url(String address) {
        try {
            return new URL(address);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
