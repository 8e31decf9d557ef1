package io.consentgateway.bench;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.ConsumerGroupState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Scale-out over the Kafka ingest topic: a backlog of web member batches consumed by one gateway instance (the
 * baseline), then the same backlog on a fresh topic and a fresh database consumed by two instances of the same jar
 * in one consumer group, and (full run only) by one instance with two consumers. The instances share one PostgreSQL
 * (started here, as an operator's external database) and one key store; Kafka is an in-process KRaft broker. Each run
 * is timed from the first message published (every instance ready and in the group) until every record has its
 * outcome in the ingest ledger.
 */
public final class ScaleOutBench {

    private static final String BENCHMARK = "scale-out";
    private static final int PARTITIONS = 4;
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CONSUME_TIMEOUT = Duration.ofMinutes(30);

    private ScaleOutBench() {}

    /** Gateway instances and Kafka consumers per instance of one run. */
    private record Layout(int instances, int consumersPerInstance) {}

    public static void main(String[] args) throws Exception {
        // the in-process broker and PostgreSQL log every partition and initdb step at INFO
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        boolean quick = BenchGateway.quick(args);
        KafkaBacklog backlog = new KafkaBacklog(
                BenchGateway.option(args, "--messages", quick ? 150 : 2_000),
                BenchGateway.option(args, "--per-message", 5));
        List<Layout> layouts = quick
                ? List.of(new Layout(1, 1), new Layout(2, 1))
                : List.of(new Layout(1, 1), new Layout(2, 1), new Layout(1, 2));
        Path work = Files.createTempDirectory(Path.of("bench", "target"), "scale-out-");
        String[] topics = new String[layouts.size()];
        for (int i = 0; i < topics.length; i++) {
            topics[i] = topic(i);
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS, topics);
        kafka.afterPropertiesSet();
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < layouts.size(); i++) {
                outcomes.add(run(i, layouts.get(i), backlog, kafka.getBrokersAsString(), work.resolve("run-" + i)));
            }
        } finally {
            kafka.destroy();
        }
        ScaleOutRun baseline = outcomes.get(0).run();
        List<Measurement> measurements = new ArrayList<>();
        for (Outcome outcome : outcomes.subList(1, outcomes.size())) {
            measurements.add(new Measurement(
                    BENCHMARK,
                    "Kafka backlog throughput, " + outcome.run().label(),
                    "records/s",
                    true,
                    outcome.run().recordsPerSecond(),
                    baseline.label(),
                    baseline.recordsPerSecond(),
                    ""));
        }
        print(backlog, outcomes);
        new MeasurementFile().writeIfAsked(args, measurements);
    }

    /** A run's figures, how busy the machine's cores were meanwhile, and how many records each instance took. */
    private record Outcome(ScaleOutRun run, double startSeconds, double cpuBusy, List<Long> perInstance) {}

    private static Outcome run(int index, Layout layout, KafkaBacklog backlog, String brokers, Path directory)
            throws Exception {
        System.err.printf(
                "Run %d: %d instance(s), %d consumer(s) each, on %s%n",
                index, layout.instances(), layout.consumersPerInstance(), directory);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(true)
                .start()) {
            List<BenchProcess> gateways = new ArrayList<>();
            try {
                long starting = System.nanoTime();
                // one after the other: the first creates the shared key store and migrates the database
                for (int i = 0; i < layout.instances(); i++) {
                    BenchProcess gateway = startInstance(i, index, layout, postgres, brokers, directory);
                    gateways.add(gateway);
                    gateway.awaitReady(READY_TIMEOUT);
                }
                awaitGroup(brokers, group(index), layout.instances() * layout.consumersPerInstance());
                double startSeconds = (System.nanoTime() - starting) / 1e9;
                JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
                MachineCpu cpuBefore = MachineCpu.now();
                long started = System.nanoTime();
                backlog.publish(brokers, topic(index));
                awaitOutcomes(database, backlog.records(), started);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                double cpuBusy = MachineCpu.now().busyShareSince(cpuBefore);
                List<Long> perInstance = new ArrayList<>();
                for (BenchProcess gateway : gateways) {
                    perInstance.add(InstanceMetrics.recordsOf(gateway.port(), "web"));
                }
                return new Outcome(
                        new ScaleOutRun(layout.instances(), layout.consumersPerInstance(), backlog.records(), elapsed),
                        startSeconds,
                        cpuBusy,
                        perInstance);
            } finally {
                for (BenchProcess gateway : gateways) {
                    gateway.close();
                }
            }
        }
    }

    /** An instance of the exec jar on the shared database and key store, in the run's consumer group. */
    private static BenchProcess startInstance(
            int instance, int run, Layout layout, EmbeddedPostgres postgres, String brokers, Path directory) {
        return BenchProcess.jar(
                BenchGateway.executableJar(),
                JVM_OPTIONS,
                List.of(
                        "--gateway.data-dir="
                                + directory.resolve("gateway-" + instance).toAbsolutePath(),
                        "--gateway.keys.keystore="
                                + directory.resolve("keys/gateway.p12").toAbsolutePath(),
                        "--gateway.keys.password=bench-only",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--gateway.kafka.brokers=" + brokers,
                        "--gateway.kafka.topic=" + topic(run),
                        "--gateway.kafka.group-id=" + group(run),
                        "--gateway.kafka.consumers=" + layout.consumersPerInstance()),
                directory.resolve("gateway-" + instance + ".log"));
    }

    /** Every consumer of every instance in the group with its partitions assigned, before anything is published. */
    @SuppressWarnings("deprecation") // ConsumerGroupDescription.state(): groupState() arrives with kafka-clients 4
    private static void awaitGroup(String brokers, String group, int consumers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
                        .describedGroups()
                        .get(group)
                        .get();
                if (description.state() == ConsumerGroupState.STABLE
                        && description.members().size() == consumers) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Consumer group " + group + " did not reach " + consumers + " members");
    }

    private static void awaitOutcomes(JdbcTemplate database, int records, long started) throws InterruptedException {
        long deadline = started + CONSUME_TIMEOUT.toNanos();
        while (database.queryForObject(
                        "select count(distinct source_id) from ingest_outcome where channel = 'web'", Long.class)
                < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not every record had its outcome after " + CONSUME_TIMEOUT);
            }
            Thread.sleep(100);
        }
    }

    private static void print(KafkaBacklog backlog, List<Outcome> outcomes) {
        ScaleOutRun baseline = outcomes.get(0).run();
        System.out.printf(
                Locale.ROOT,
                "%nScale-out: %,d web members in %,d messages on a topic with %d partitions, one shared PostgreSQL,"
                        + " each gateway %s; fresh database and topic per run%n",
                backlog.records(),
                backlog.messages(),
                PARTITIONS,
                String.join(" ", JVM_OPTIONS));
        System.out.printf(
                Locale.ROOT,
                "%-46s %9s %11s %11s %8s %9s  %s%n",
                "",
                "start s",
                "consume s",
                "records/s",
                "ratio",
                "CPU busy",
                "records per instance");
        for (Outcome outcome : outcomes) {
            ScaleOutRun run = outcome.run();
            System.out.printf(
                    Locale.ROOT,
                    "%-46s %9.1f %11.1f %11.0f %8.2f %8.0f%%  %s%n",
                    run.label() + (run == baseline ? " (baseline)" : ""),
                    outcome.startSeconds(),
                    run.elapsed().toNanos() / 1e9,
                    run.recordsPerSecond(),
                    run.recordsPerSecond() / baseline.recordsPerSecond(),
                    outcome.cpuBusy() * 100,
                    outcome.perInstance().stream()
                            .map(count -> String.format(Locale.ROOT, "%,d", count))
                            .collect(Collectors.joining(" + ")));
        }
        System.out.printf(
                Locale.ROOT,
                "start s: until every instance is ready and its consumers are in the group (not in the throughput);"
                        + " CPU busy: all %d cores of the machine while the backlog was consumed.%n",
                Runtime.getRuntime().availableProcessors());
        BenchGateway.printLoad();
    }

    private static String topic(int run) {
        return "scale-out-" + run;
    }

    private static String group(int run) {
        return "bench-" + run;
    }
}
