package io.consentgateway.routes.filedrop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.consentgateway.routes.channel.ChannelRecordsCapture;
import io.consentgateway.routes.channel.MemberChannelRoutes;
import io.consentgateway.routes.channel.PlatformFieldMapping;
import io.consentgateway.routes.pipeline.ChannelRecord;
import io.consentgateway.routes.pipeline.IngestObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The POS file drop with the real file component; the protection pipeline edge is captured. */
class FileDropRoutesTest {

    private static final String HEADER =
            "store_code,receipt_no,member_name,member_mobile,amount,discount,paid_at,category";

    @TempDir
    Path drop;

    private final ChannelRecordsCapture pipeline = new ChannelRecordsCapture();
    private final Receipts receipts = new Receipts();
    private final List<Long> synced = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new MemberChannelRoutes(Map.of(
                "pos",
                new PlatformFieldMapping(
                        null, Map.of("member_name", "name", "member_mobile", "mobile", "amount", "orderAmount")))));
        camel.addRoutes(pipeline);
        IngestObserver observer = new IngestObserver() {
            @Override
            public void fileSynced(String channel, Duration sinceArrival, long records) {
                synced.add(records);
            }
        };
        camel.addRoutes(new FileDropRoutes(
                List.of(new FileDrop(
                        "pos", drop, List.of("store_code", "receipt_no"), "store_code", 2, Duration.ofMillis(100))),
                receipts,
                observer,
                Clock.systemUTC()));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private Path dropFile(String store, String name, String content) throws IOException {
        Path file = drop.resolve(store).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private List<Path> filesUnder(String folder) throws IOException {
        Path root = drop.resolve(folder);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void everyRowOfADroppedFileIsDeliveredInBatchesAndTheFileIsMovedToDone() throws Exception {
        dropFile(
                "SH001",
                "sales-2026-11-20.csv",
                HEADER + "\n"
                        + "SH001,R-1,王小明,13700001001,199.00,0,2026-11-20 10:00:00,服饰\n"
                        + "SH001,R-2,李雷,13700001002,88.00,0,2026-11-20 10:05:00,食品\n"
                        + "SH001,R-3,韩梅梅,13700001003,12.00,0,2026-11-20 10:07:00,图书\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> synced.size() == 1);

        assertThat(pipeline.records())
                .extracting(ChannelRecord::sourceId)
                .containsExactly("SH001:R-1", "SH001:R-2", "SH001:R-3");
        assertThat(pipeline.batches()).isEqualTo(2);
        assertThat(pipeline.records().get(0).raw().fields())
                .containsEntry("mobile", "13700001001")
                .containsEntry("orderAmount", "199.00");
        assertThat(synced).containsExactly(3L);
        assertThat(filesUnder(".done"))
                .singleElement()
                .satisfies(done -> assertThat(done.toString()).contains(".done/SH001/sales-2026-11-20."));
        assertThat(filesUnder("SH001")).isEmpty();
    }

    @Test
    void aFileProcessedBeforeIsSetAsideWithoutProcessingItAgain() throws Exception {
        String content = HEADER + "\nSH002,R-1,王小明,13700001001,199.00,0,2026-11-20 10:00:00,服饰\n";
        dropFile("SH002", "sales.csv", content);
        await().atMost(Duration.ofSeconds(20)).until(() -> synced.size() == 1);

        dropFile("SH002", "sales-copy.csv", content);
        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(".done").size() == 2);

        assertThat(pipeline.records()).hasSize(1);
        assertThat(synced).hasSize(1);
    }

    @Test
    void aFileInterruptedBeforeItsEndIsProcessedAgain() throws Exception {
        String content = HEADER + "\nSH003,R-1,王小明,13700001001,199.00,0,2026-11-20 10:00:00,服饰\n";
        receipts.begin("pos", Receipts.digestOf(content), "SH003/sales.csv", Instant.now());
        dropFile("SH003", "sales.csv", content);
        await().atMost(Duration.ofSeconds(20)).until(() -> synced.size() == 1);
        assertThat(pipeline.records()).hasSize(1);
    }

    @Test
    void rowsWithTheWrongColumnCountOrForAnotherStoreCarryTheirProblem() throws Exception {
        dropFile(
                "SH004",
                "sales.csv",
                HEADER + "\n"
                        + "SH004,R-1,王小明,13700001001,199.00,2026-11-20 10:00:00,服饰\n"
                        + "SH009,R-2,李雷,13700001002,88.00,0,2026-11-20 10:05:00,食品\n"
                        + "SH004,R-3,韩梅梅,13700001003,12.00,0,2026-11-20 10:07:00,图书\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> synced.size() == 1);

        assertThat(pipeline.records())
                .extracting(record ->
                        record.mappingProblem().map(problem -> problem.reason()).orElse("none"))
                .containsExactly("wrong-column-count:row", "store-mismatch:store_code", "none");
    }

    @Test
    void aFileThatCannotBeReadGoesToErrorWithItsReasonBesideIt() throws Exception {
        Path file = drop.resolve("SH005").resolve("sales.csv");
        Files.createDirectories(file.getParent());
        Files.write(file, (HEADER + "\nSH005,R-1,").getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.write(
                file,
                new byte[] {(byte) 0xC0, (byte) 0xEE, (byte) 0xC0, '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        dropFile("SH006", "sales.csv", "receipt_no,amount\nR-1,1.00\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> filesUnder(".error").size() == 4);

        assertThat(Files.readString(drop.resolve(".error/SH005/sales.csv.reason.txt"))
                        .strip())
                .isEqualTo("not-utf-8:file");
        assertThat(Files.readString(drop.resolve(".error/SH006/sales.csv.reason.txt"))
                        .strip())
                .isEqualTo("missing-column:store_code");
        assertThat(pipeline.records()).isEmpty();
    }

    /** Receipts kept in memory, keyed like the database table: (channel, digest). */
    static final class Receipts implements FileDropReceipts {
        private final Set<String> begun = ConcurrentHashMap.newKeySet();
        private final Set<String> completed = ConcurrentHashMap.newKeySet();

        static String digestOf(String content) throws Exception {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(content.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public boolean begin(String channel, String digest, String fileName, Instant arrivedAt) {
            begun.add(channel + digest);
            return !completed.contains(channel + digest);
        }

        @Override
        public void complete(String channel, String digest, long rows) {
            completed.add(channel + digest);
        }
    }
}
