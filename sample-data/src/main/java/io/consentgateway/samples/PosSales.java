package io.consentgateway.samples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Store sales as CSV file drops: one file per store and month, named after the day it is dropped (the month's last
 * day, or the reference date for the current month). Broken rows are counted over all POS rows together, since a
 * single store-month holds too few rows for a share of it to mean anything.
 */
final class PosSales {

    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int SHORT_ROW_COLUMNS = 6;
    private static final int AMOUNT_COLUMN = 4;

    private final Settings settings;
    private final Breakage breakage;

    PosSales(Settings settings, Breakage breakage) {
        this.settings = settings;
        this.breakage = breakage;
    }

    List<PosFile> files(List<Customer> customers) {
        Map<Drop, List<Row>> drops = new TreeMap<>(Comparator.comparing(Drop::path));
        Map<String, Integer> receiptsPerStoreDay = new HashMap<>();
        for (Sale sale : sales(customers)) {
            Order order = sale.order();
            String storeDay = order.storeCode() + "-" + order.placedAt().format(RECEIPT_DAY);
            int receipt = receiptsPerStoreDay.merge(storeDay, 1, Integer::sum);
            List<String> columns = List.of(
                    order.storeCode(),
                    String.format("%s-%04d", storeDay, receipt),
                    sale.customer().name(),
                    sale.customer().mobile(),
                    Money.format(order.paid()),
                    Money.format(order.discount()),
                    order.placedAt().format(OrderPayloads.PLATFORM_TIME),
                    order.lines().get(0).category());
            Drop drop = new Drop(order.storeCode(), dropDate(order.placedAt().toLocalDate()));
            drops.computeIfAbsent(drop, d -> new ArrayList<>()).add(new Row(new ArrayList<>(columns)));
        }
        breakRows(drops.values().stream().flatMap(List::stream).toList());
        List<PosFile> files = new ArrayList<>();
        drops.forEach((drop, rows) -> files.add(file(drop, rows)));
        return files;
    }

    private void breakRows(List<Row> rows) {
        int quota = settings.quota(rows.size());
        List<Integer> positions = IntStream.range(0, rows.size()).boxed().toList();
        Set<Integer> malformed = new HashSet<>(breakage.choose(positions, quota));
        List<Integer> rest =
                positions.stream().filter(p -> !malformed.contains(p)).toList();
        for (int position : malformed) {
            Row row = rows.get(position);
            row.columns.set(AMOUNT_COLUMN, Money.malformed(new BigDecimal(row.columns.get(AMOUNT_COLUMN))));
            row.kind = CaseKind.MALFORMED_AMOUNT;
        }
        for (int position : breakage.choose(rest, quota)) {
            Row row = rows.get(position);
            row.columns.subList(SHORT_ROW_COLUMNS, row.columns.size()).clear();
            row.kind = CaseKind.SHORT_CSV_ROW;
        }
    }

    private static List<Sale> sales(List<Customer> customers) {
        List<Sale> sales = new ArrayList<>();
        for (Customer customer : customers) {
            for (Order order : customer.orders()) {
                if (order.channel().equals("pos")) {
                    sales.add(new Sale(customer, order));
                }
            }
        }
        sales.sort(Comparator.comparing(sale -> sale.order().placedAt()));
        return sales;
    }

    private LocalDate dropDate(LocalDate day) {
        LocalDate monthEnd = day.with(TemporalAdjusters.lastDayOfMonth());
        return monthEnd.isAfter(settings.referenceDate()) ? settings.referenceDate() : monthEnd;
    }

    private static PosFile file(Drop drop, List<Row> rows) {
        StringBuilder csv = new StringBuilder(PosFile.HEADER).append('\n');
        Map<CaseKind, List<String>> cases = new EnumMap<>(CaseKind.class);
        cases.put(CaseKind.MALFORMED_AMOUNT, new ArrayList<>());
        cases.put(CaseKind.SHORT_CSV_ROW, new ArrayList<>());
        for (Row row : rows) {
            csv.append(Csv.line(row.columns)).append('\n');
            if (row.kind != null) {
                cases.get(row.kind).add(row.columns.get(1));
            }
        }
        cases.replaceAll((kind, ids) -> List.copyOf(ids));
        return new PosFile(drop.path(), drop.store(), drop.date(), csv.toString(), rows.size(), cases);
    }

    private record Sale(Customer customer, Order order) {}

    private record Drop(String store, LocalDate date) {
        String path() {
            return "pos/" + store + "/sales-" + date + ".csv";
        }
    }

    /** A CSV row while it may still be broken. */
    private static final class Row {
        private final List<String> columns;
        private CaseKind kind;

        Row(List<String> columns) {
            this.columns = columns;
        }
    }
}
