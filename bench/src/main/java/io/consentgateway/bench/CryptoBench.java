package io.consentgateway.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Per-field cost of the gateway's cryptography: AES-256-GCM (JDK, the baseline) against AES-256-GCM and SM4-GCM
 * from Bouncy Castle, HMAC-SHA-256 against HMAC-SM3 for blind indexes, SHA-256 against SM3 for audit rows. Prints a
 * table and writes the same results to {@code bench/results/crypto.json}; with {@code --report}, each variant's
 * median cost against its group's baseline for the suite.
 */
public final class CryptoBench {

    static final Path RESULTS = Path.of("bench", "results", "crypto.json");

    private CryptoBench() {}

    public static void main(String[] args) throws IOException {
        BenchPlan plan;
        try {
            plan = BenchPlan.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchPlan.USAGE);
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        MachineFacts machine = MachineFacts.probe();
        ResultTable table = new ResultTable(System.out);
        table.printHeader(machine, plan);

        // A provider instance handed to getInstance, never Security.addProvider: nothing else in the JVM changes.
        List<Group> groups = new Workloads(new BouncyCastleProvider()).groups();
        List<Result> results = new InterleavedRunner(plan, System.err).run(groups);

        table.printResults(results);
        Path written = new JsonReport(started, machine, plan).write(RESULTS, results);
        System.out.println("results written to " + written);
        new MeasurementFile().writeIfAsked(args, measurements(results));
    }

    private static List<Measurement> measurements(List<Result> results) {
        return results.stream()
                .filter(result -> !result.baseline())
                .map(result -> {
                    Result baseline = results.stream()
                            .filter(other -> other.baseline() && other.group().equals(result.group()))
                            .findFirst()
                            .orElseThrow();
                    return new Measurement(
                            "crypto",
                            result.group() + ": " + result.variant(),
                            "ns/op",
                            false,
                            result.nsPerOp().median(),
                            baseline.variant(),
                            baseline.nsPerOp().median(),
                            "");
                })
                .toList();
    }
}
