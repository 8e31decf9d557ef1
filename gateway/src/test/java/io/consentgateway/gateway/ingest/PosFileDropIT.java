package io.consentgateway.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.consentgateway.gateway.testing.GatewayIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Store POS sales dropped as CSV files: every row stored, quarantined or counted, the file archived, the lag measured. */
@GatewayIntegrationTest
class PosFileDropIT {

    private static final String HEADER =
            "store_code,receipt_no,member_name,member_mobile,amount,discount,paid_at,category";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Value("${gateway.data-dir}")
    Path dataDir;

    private Path drop() {
        return dataDir.resolve("drop/pos");
    }

    private long countUnder(String folder, String suffix) throws IOException {
        Path root = drop().resolve(folder);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).count();
        }
    }

    /** Outcome counts of one store's rows (other tests drop files for other stores into the same directory). */
    private Map<String, Integer> outcomesOfStore(String store) {
        Map<String, Integer> outcomes = new TreeMap<>();
        jdbc.query(
                "select outcome, count(*) as rows from ingest_outcome where channel = 'pos' and source_id like ?"
                        + " group by outcome",
                row -> {
                    outcomes.put(row.getString("outcome"), row.getInt("rows"));
                },
                store + ":%");
        return outcomes;
    }

    @Test
    void aDroppedSalesFileIsStoredRowByRowArchivedAndItsSyncLagMeasured() throws Exception {
        Path file = drop().resolve("SH101/sales-2026-11-20.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                HEADER + "\n"
                        + "SH101,R-0001,王小明,13700101001,199.00,10.00,2026-11-20 10:00:00,服饰\n"
                        + "SH101,R-0002,李雷,13700101002,88,0,2026/11/20 10:05,食品\n"
                        + "SH101,R-0003,韩梅梅,13700101003,\"1,288.00\",0,2026-11-20 10:07:00,数码\n"
                        + "SH101,R-0004,张伟,13700101004,12,5元,0,2026-11-20 10:09:00,图书\n"
                        + "SH101,R-0005,刘洋,1370010100,66.00,0,2026-11-20 10:11:00,母婴\n",
                StandardCharsets.UTF_8);

        await().atMost(Duration.ofSeconds(30)).until(() -> countUnder(".done/SH101", ".csv") == 1);

        assertThat(outcomesOfStore("SH101")).containsOnly(Map.entry("stored", 3), Map.entry("quarantined", 2));
        assertThat(jdbc.queryForList(
                        "select reason from ingest_outcome where channel = 'pos' and outcome = 'quarantined'"
                                + " and source_id like 'SH101:%'"
                                + " order by source_id",
                        String.class))
                .containsExactly("wrong-column-count:row", "invalid-mobile-format:mobile");
        assertThat(jdbc.queryForObject(
                        "select amount from customer_order where channel = 'pos' and source_id = 'SH101:R-0003'",
                        BigDecimal.class))
                .isEqualByComparingTo("1288.00");
        assertThat(jdbc.queryForObject(
                        "select store_code from customer_order where source_id = 'SH101:R-0001'", String.class))
                .isEqualTo("SH101");
        assertThat(meters.find("gateway.offline.sync.lag").tag("channel", "pos").timer())
                .isNotNull()
                .satisfies(lag -> assertThat(lag.count()).isGreaterThanOrEqualTo(1));
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aSalesFileDroppedAgainIsNotProcessedTwice() throws Exception {
        String content = HEADER + "\nSH102,R-0001,王小明,13700102001,19.90,0,2026-11-20 10:00:00,食品\n";
        Path first = drop().resolve("SH102/sales-a.csv");
        Files.createDirectories(first.getParent());
        Files.writeString(first, content, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> countUnder(".done/SH102", ".csv") == 1);

        Files.writeString(drop().resolve("SH102/sales-a-resent.csv"), content, StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30)).until(() -> countUnder(".done/SH102", ".csv") == 2);

        assertThat(jdbc.queryForObject(
                        "select count(*) from ingest_outcome where channel = 'pos' and source_id = 'SH102:R-0001'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aFileThatIsNotUtf8IsSetAsideWithItsReason() throws Exception {
        Path file = drop().resolve("SH103/sales.csv");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                (HEADER + "\nSH103,R-1,王小明,13700103001,1,0,2026-11-20 10:00:00,食品\n")
                        .getBytes(java.nio.charset.Charset.forName("GB18030")));

        await().atMost(Duration.ofSeconds(30)).until(() -> countUnder(".error/SH103", ".reason.txt") == 1);

        assertThat(Files.readString(drop().resolve(".error/SH103/sales.csv.reason.txt"))
                        .strip())
                .isEqualTo("not-utf-8:file");
    }
}
