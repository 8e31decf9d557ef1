package io.consentgateway.bench;

import io.consentgateway.api.model.Segment;
import io.consentgateway.api.model.SegmentDefinition;
import io.consentgateway.api.model.SegmentRule;
import io.consentgateway.gateway.segment.SegmentMembership;
import io.consentgateway.gateway.segment.Segments;
import io.consentgateway.gateway.segment.TagRefresh;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * RFM and a tag segment over N customers and M orders in the gateway's own embedded PostgreSQL, against a
 * hand-written plain SQL query over unencrypted copies of the same rows, measured in the same run. Customers are
 * seeded in SQL (ciphertext columns hold random bytes: nothing is decrypted here), so the figures are the gateway's
 * SQL, not its ingest.
 */
public final class SegmentBench {

    private SegmentBench() {}

    public static void main(String[] args) throws IOException {
        boolean quick = BenchGateway.quick(args);
        int customers = BenchGateway.option(args, "--customers", quick ? 20_000 : 1_000_000);
        int ordersPerCustomer = BenchGateway.option(args, "--orders-per-customer", 10);
        int rounds = BenchGateway.option(args, "--rounds", quick ? 1 : 3);
        try (ConfigurableApplicationContext gateway =
                BenchGateway.start("segments", "--gateway.audit.chain-interval=1h")) {
            JdbcTemplate owner = new JdbcTemplate(gateway.getBean("ownerDataSource", DataSource.class));
            TagRefresh tags = gateway.getBean(TagRefresh.class);
            SegmentMembership membership = gateway.getBean(SegmentMembership.class);
            long seeding = System.nanoTime();
            seed(owner, customers, ordersPerCustomer);
            System.err.printf(
                    Locale.ROOT,
                    "Seeded %,d customers and %,d orders in %.0f s%n",
                    customers,
                    (long) customers * ordersPerCustomer,
                    (System.nanoTime() - seeding) / 1e9);
            Segment highValue = gateway.getBean(Segments.class)
                    .create(
                            new SegmentDefinition(
                                    "bench high value",
                                    "marketing",
                                    new SegmentRule().valueTiers(List.of("high-value"))),
                            "bench");
            List<Double> refresh = new ArrayList<>();
            List<Double> plainRfm = new ArrayList<>();
            List<Double> segment = new ArrayList<>();
            List<Double> plainSegment = new ArrayList<>();
            long members = 0;
            long plainMembers = 0;
            for (int round = 0; round < rounds; round++) {
                refresh.add(seconds(() -> {
                    tags.refresh();
                }));
                plainRfm.add(seconds(() -> {
                    owner.update("drop table if exists plain_rfm");
                    owner.update(PLAIN_RFM);
                }));
                long[] counted = new long[2];
                segment.add(seconds(() -> {
                    counted[0] = membership.count(highValue);
                }));
                plainSegment.add(seconds(() -> {
                    counted[1] = owner.queryForObject(PLAIN_SEGMENT, Long.class);
                }));
                members = counted[0];
                plainMembers = counted[1];
                System.err.printf("round %d of %d done%n", round + 1, rounds);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nRFM and a tag segment, %,d customers, %,d orders, median of %d rounds%n",
                    customers,
                    (long) customers * ordersPerCustomer,
                    rounds);
            System.out.printf(Locale.ROOT, "%-58s %10s %10s %8s%n", "", "gateway s", "plain s", "ratio");
            row("RFM: all tags and both tierings vs value tiers only", median(refresh), median(plainRfm));
            if (members != plainMembers) {
                System.out.printf(
                        Locale.ROOT,
                        "WARNING: the gateway found %,d members, the plain query %,d%n",
                        members,
                        plainMembers);
            }
            row(
                    String.format(Locale.ROOT, "segment high-value + marketing consent (%,d members)", members),
                    median(segment),
                    median(plainSegment));
            String size = String.format(Locale.ROOT, "%,d customers", customers);
            new MeasurementFile()
                    .writeIfAsked(
                            args,
                            List.of(
                                    new Measurement(
                                            "segments",
                                            "tag and RFM refresh, " + size,
                                            "s",
                                            false,
                                            median(refresh),
                                            "plain SQL value tiers on plaintext copies",
                                            median(plainRfm),
                                            ""),
                                    new Measurement(
                                            "segments",
                                            "segment high-value + marketing consent, " + size,
                                            "s",
                                            false,
                                            median(segment),
                                            "plain SQL count on plaintext copies",
                                            median(plainSegment),
                                            "RFM segmentation of 1M customers < 2 s")));
        }
    }

    /** The baseline: the value tiers alone over plaintext copies, no consent ledger, no erasure or restriction. */
    static final String PLAIN_RFM = """
            create table plain_rfm as
            select customer_id,
                   case when recency <= 30 and frequency >= 5 and monetary >= 2000 then 'high-value'
                        when recency <= 60 and frequency >= 2 and monetary >= 500 then 'potential'
                        when recency >= 180 then 'dormant'
                        when recency >= 90 and frequency <= 1 then 'churn-warning'
                        else 'regular' end as tier
            from (select customer_id,
                         (now() at time zone 'Asia/Shanghai')::date
                             - (max(ordered_at) at time zone 'Asia/Shanghai')::date as recency,
                         count(*) filter (where ordered_at >= now() - interval '365 days') as frequency,
                         coalesce(sum(amount) filter (where ordered_at >= now() - interval '365 days'), 0) as monetary
                  from plain_order group by customer_id) figures""";

    static final String PLAIN_SEGMENT = """
            select count(*) from plain_rfm r join plain_customer c on c.id = r.customer_id
            where r.tier = 'high-value' and c.marketing""";

    private static void seed(JdbcTemplate owner, int customers, int ordersPerCustomer) {
        owner.update("set session_replication_role = replica");
        owner.update("""
                insert into subject (id, name_ct, mobile_ct, gender, province, city, created_at, updated_at, version)
                select md5('c' || i)::uuid, '\\x01'::bytea, '\\x02'::bytea,
                       case when i % 2 = 0 then 'female' else 'male' end,
                       (array['浙江省','广东省','北京市','上海市','四川省'])[1 + i % 5],
                       (array['杭州市','深圳市','北京市','上海市','成都市'])[1 + i % 5], now(), now(), 0
                from generate_series(1, ?) i""", customers);
        owner.update("""
                insert into subject_key (subject_id, wrapped_key, kek_id, algorithm, created_at)
                select md5('c' || i)::uuid, '\\x03'::bytea, 'bench', 'aes-256-gcm', now()
                from generate_series(1, ?) i""", customers);
        owner.update("""
                insert into subject_trait (subject_id, birth_year)
                select md5('c' || i)::uuid, 1960 + i % 48 from generate_series(1, ?) i""", customers);
        owner.update("""
                insert into channel_source (channel, source_id, subject_id, received_at)
                select 'web', 'c' || i, md5('c' || i)::uuid, now() - (i % 400) * interval '1 day'
                from generate_series(1, ?) i""", customers);
        owner.update("""
                insert into consent_event (id, subject_id, purpose, granted, notice_version, channel, actor,
                    by_guardian, recorded_at, signature_algorithm, signature_key_id, signature)
                select md5('m' || i)::uuid, md5('c' || i)::uuid, 'marketing', i % 5 <> 0,
                       (select max(version) from notice), 'web', 'bench', false, now(), 'bench', 'bench', '\\x04'::bytea
                from generate_series(1, ?) i""", customers);
        owner.update("""
                insert into customer_order (channel, source_id, subject_id, amount, discount, ordered_at, category,
                    received_at)
                select 'taobao', 'o' || n, md5('c' || (1 + n % ?))::uuid, round((random() * 1500)::numeric, 2),
                       case when random() < 0.3 then 10 else 0 end,
                       now() - random() * interval '400 days',
                       (array['服饰','美妆','母婴','家居','数码','食品','运动','图书'])[1 + n % 8], now()
                from generate_series(1, ?) n""", customers, (long) customers * ordersPerCustomer);
        owner.update("set session_replication_role = origin");
        owner.update("""
                create table plain_customer as
                select md5('c' || i)::uuid as id, 'name ' || i as name, '138' || lpad(i::text, 8, '0') as mobile,
                       i % 5 <> 0 as marketing
                from generate_series(1, ?) i""", customers);
        owner.update("alter table plain_customer add primary key (id)");
        owner.update("""
                create table plain_order as
                select source_id as id, subject_id as customer_id, amount, ordered_at from customer_order""");
        owner.update("alter table plain_order add primary key (id)");
        owner.update("create index plain_order_customer on plain_order (customer_id, ordered_at)");
        // as autovacuum would have by the time a store holds a million customers: statistics and visibility map
        owner.update("vacuum analyze");
    }

    private static void row(String what, double gateway, double plain) {
        System.out.printf(Locale.ROOT, "%-58s %10.2f %10.2f %7.2fx%n", what, gateway, plain, gateway / plain);
    }

    private static double seconds(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
