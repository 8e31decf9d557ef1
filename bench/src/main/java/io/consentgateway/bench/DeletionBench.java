package io.consentgateway.bench;

import io.consentgateway.gateway.keys.CryptoShredder;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.subject.SubjectErasure;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletion latency (PIPL Art. 47) with the gateway's own erasure code — crypto-shredding, the erasure-shard
 * ratchet that reaches backups, removal of live links — against its embedded PostgreSQL. The baseline is the same
 * erasure in a small store measured in the same run (the ratio shows what store size costs), and one indexed
 * {@code DELETE} of a row from a plain table as large as the store (what a deletion costs without crypto-shredding).
 *
 * <p>Usage: {@code bench/run-deletion [--subjects N] [--baseline N] [--deletions N]}; defaults 1,000,000 / 10,000 /
 * 200.
 */
public final class DeletionBench {

    private DeletionBench() {}

    public static void main(String[] args) throws IOException {
        boolean quick = BenchGateway.quick(args);
        int subjects = BenchGateway.option(args, "--subjects", quick ? 20_000 : 1_000_000);
        int baseline = BenchGateway.option(args, "--baseline", quick ? 2_000 : 10_000);
        int deletions = BenchGateway.option(args, "--deletions", quick ? 50 : 200);
        try (ConfigurableApplicationContext gateway = BenchGateway.start(
                "deletion",
                "--gateway.audit.chain-interval=1h",
                "--spring.jpa.properties.hibernate.jdbc.batch_size=500",
                "--spring.jpa.properties.hibernate.order_updates=true")) {
            Store store = new Store(
                    gateway.getBean(DataKeys.class),
                    gateway.getBean(CryptoShredder.class),
                    gateway.getBean(SubjectErasure.class),
                    gateway.getBean(TransactionTemplate.class));
            store.seedTo(baseline);
            Latency small = store.erase(deletions);
            store.seedTo(subjects);
            Latency large = store.erase(deletions);
            Latency plain = plainDeletes(
                    new JdbcTemplate(gateway.getBean("ownerDataSource", DataSource.class)), subjects, deletions);
            print(baseline, small, subjects, large, deletions);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %12.1f %12.1f %11.2fx%n",
                    String.format(Locale.ROOT, "indexed DELETE, %,d rows", subjects),
                    plain.p50(),
                    plain.p99(),
                    large.p50() / plain.p50());
            String size = String.format(Locale.ROOT, "%,d subjects", subjects);
            String plainDelete = String.format(Locale.ROOT, "one indexed DELETE in a %,d-row table", subjects);
            new MeasurementFile()
                    .writeIfAsked(
                            args,
                            List.of(
                                    new Measurement(
                                            "deletion",
                                            "erasure p50, " + size,
                                            "ms",
                                            false,
                                            large.p50(),
                                            plainDelete,
                                            plain.p50(),
                                            ""),
                                    new Measurement(
                                            "deletion",
                                            "erasure p99, " + size,
                                            "ms",
                                            false,
                                            large.p99(),
                                            plainDelete,
                                            plain.p99(),
                                            "")));
        }
    }

    /** The baseline: one indexed DELETE of a random row per transaction, from a table of as many rows. */
    private static Latency plainDeletes(JdbcTemplate owner, int rows, int deletions) {
        owner.update("create table plain_subject (id uuid primary key, payload bytea)");
        owner.update(
                "insert into plain_subject select gen_random_uuid(), decode(md5(i::text), 'hex') from"
                        + " generate_series(1, ?) i",
                rows);
        owner.update("analyze plain_subject");
        List<UUID> ids =
                owner.queryForList("select id from plain_subject order by random() limit ?", UUID.class, deletions + 5);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long started = System.nanoTime();
            owner.update("delete from plain_subject where id = ?", ids.get(i));
            if (i >= 5) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return Latency.of(millis);
    }

    private static void print(int baseline, Latency small, int subjects, Latency large, int deletions) {
        System.out.printf(
                Locale.ROOT,
                "%nDeletion latency, %d erasures each (crypto-shred + shard ratchet + live links)%n",
                deletions);
        System.out.printf(Locale.ROOT, "%-28s %12s %12s %12s%n", "store", "p50 ms", "p99 ms", "p50 ratio");
        System.out.printf(
                Locale.ROOT,
                "%-28s %12.1f %12.1f %12s%n",
                String.format(Locale.ROOT, "%,d subjects (baseline)", baseline),
                small.p50(),
                small.p99(),
                "1.00x");
        System.out.printf(
                Locale.ROOT,
                "%-28s %12.1f %12.1f %11.2fx%n",
                String.format(Locale.ROOT, "%,d subjects", subjects),
                large.p50(),
                large.p99(),
                large.p50() / small.p50());
    }

    record Latency(double p50, double p99) {

        static Latency of(List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.99));
        }

        private static double percentile(List<Double> sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }

    /** The subjects seeded so far (keys created through the gateway's DataKeys), and erasures among them. */
    private static final class Store {

        private static final int BATCH = 5_000;

        private final DataKeys keys;
        private final CryptoShredder shredder;
        private final SubjectErasure erasure;
        private final TransactionTemplate transactions;
        private final List<UUID> live = new ArrayList<>();
        private final Random random = new Random(8);
        private int seeded;

        Store(DataKeys keys, CryptoShredder shredder, SubjectErasure erasure, TransactionTemplate transactions) {
            this.keys = keys;
            this.shredder = shredder;
            this.erasure = erasure;
            this.transactions = transactions;
        }

        void seedTo(int target) {
            long started = System.nanoTime();
            int from = seeded;
            while (seeded < target) {
                int batch = Math.min(BATCH, target - seeded);
                List<UUID> created = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    created.add(UUID.randomUUID());
                }
                transactions.executeWithoutResult(status -> keys.createAll(created));
                live.addAll(created);
                seeded += batch;
                if (seeded % 100_000 == 0) {
                    System.err.printf(Locale.ROOT, "seeded %,d subjects%n", seeded);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "seeded %,d subjects in %.0f s%n", seeded - from, seconds);
        }

        Latency erase(int deletions) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < deletions + 5; i++) {
                UUID subject = live.remove(random.nextInt(live.size()));
                long started = System.nanoTime();
                transactions.executeWithoutResult(status -> {
                    shredder.shred(subject);
                    erasure.erase(subject);
                });
                if (i >= 5) { // the first few warm the JIT and the caches
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
            return Latency.of(millis);
        }
    }
}
