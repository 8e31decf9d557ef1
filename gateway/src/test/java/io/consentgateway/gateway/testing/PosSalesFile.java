package io.consentgateway.gateway.testing;

import io.consentgateway.policies.testing.ChinesePeople;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One store's sales as a single large CSV file of seeded people, written outside the drop directory and moved in
 * whole, as a store's upload script should, so the gateway never reads half a file. Every {@code brokenEvery}-th row
 * has a mobile one digit short, which the gateway quarantines.
 *
 * @param sourceIds the ids the gateway gives the rows ({@code <store>:<receipt>}), in file order
 * @param brokenSourceIds the rows with the short mobile
 */
public record PosSalesFile(String store, Path staged, List<String> sourceIds, Set<String> brokenSourceIds) {

    private static final String HEADER =
            "store_code,receipt_no,member_name,member_mobile,amount,discount,paid_at,category";
    private static final String[] CATEGORIES = {"服饰", "食品", "数码", "图书", "母婴"};

    public PosSalesFile {
        sourceIds = List.copyOf(sourceIds);
        brokenSourceIds = Set.copyOf(brokenSourceIds);
    }

    public static PosSalesFile write(Path staging, String store, int rows, int brokenEvery, long seed)
            throws IOException {
        ChinesePeople people = new ChinesePeople(seed);
        Random random = new Random(seed);
        List<String> sourceIds = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        Path staged = Files.createDirectories(staging).resolve(store + "-sales.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
            csv.write(HEADER + "\n");
            for (int row = 1; row <= rows; row++) {
                String receipt = String.format("R-%06d", row);
                String mobile = people.mobile();
                if (row % brokenEvery == 0) {
                    mobile = mobile.substring(1);
                    broken.add(store + ":" + receipt);
                }
                csv.write(String.join(
                                ",",
                                store,
                                receipt,
                                people.name(),
                                mobile,
                                (1 + random.nextInt(2_000)) + "." + (10 + random.nextInt(90)),
                                "0",
                                String.format("2026-11-20 %02d:%02d:00", 8 + row % 12, row % 60),
                                CATEGORIES[random.nextInt(CATEGORIES.length)])
                        + "\n");
                sourceIds.add(store + ":" + receipt);
            }
        }
        return new PosSalesFile(store, staged, sourceIds, broken);
    }

    /** Moves the file into {@code <drop>/<store>/} in one step (both under target/, so one file system). */
    public void dropInto(Path dropDirectory) throws IOException {
        Path storeDirectory = Files.createDirectories(dropDirectory.resolve(store));
        Files.move(staged, storeDirectory.resolve("sales-2026-11-20.csv"), StandardCopyOption.ATOMIC_MOVE);
    }
}
