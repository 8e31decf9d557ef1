package io.consentgateway.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.datafaker.Faker;

/**
 * One run of the generator. Every concern draws from its own seeded stream, so the output depends on the settings
 * alone and a change in one concern (say, more email addresses) does not reshuffle all the others.
 */
final class SampleGeneration {

    /** A channel name the gateway does not have, and the file its records are written to. */
    static final String UNKNOWN_CHANNEL = "weibo";

    static final String UNKNOWN_CHANNEL_FILE = "unknown-channel.json";
    // A WeChat user also follows the brand's official account in about one case in five.
    private static final int SECOND_OPENID_PERCENT = 20;

    private final Settings settings;
    private final Random structure;
    private final CustomerFactory customerFactory;
    private final MemberPayloads memberPayloads;
    private final OrderPayloads orderPayloads;
    private final Breakage breakage;
    private final PosSales posSales;

    SampleGeneration(Settings settings) {
        this.settings = settings;
        this.structure = stream(1);
        this.customerFactory = new CustomerFactory(
                new Faker(Locale.SIMPLIFIED_CHINESE, stream(2)),
                stream(3),
                new OrderFactory(stream(4), settings.referenceDate()));
        this.memberPayloads = new MemberPayloads(
                stream(5), new PlatformIds(stream(6)), new Events(settings.referenceDate(), stream(7)));
        this.orderPayloads = new OrderPayloads(stream(8));
        this.breakage = new Breakage(settings, stream(9));
        this.posSales = new PosSales(settings, breakage);
    }

    SampleSet run() {
        List<Customer> customers = customers();
        Map<Channel, ChannelBatch> members = signUps(customers);
        members.values().forEach(breakage::breakInPlace);
        samePersonAgain(members);
        List<ChannelBatch> orders = List.of(orderBatch(Channel.TAOBAO, customers), orderBatch(Channel.JD, customers));
        orders.forEach(breakage::breakInPlace);
        List<ChannelBatch> batches =
                Stream.concat(members.values().stream(), orders.stream()).toList();
        batches.forEach(breakage::duplicate);
        List<ChannelFile> files =
                new ArrayList<>(batches.stream().map(ChannelBatch::file).toList());
        files.add(unknownChannel(customers).file());
        return new SampleSet(settings, customers, files, posSales.files(customers));
    }

    private List<Customer> customers() {
        WeightedChoice signUp = Channel.signUps();
        List<Channel> channels = Channel.members();
        List<Customer> customers = new ArrayList<>(settings.customers());
        for (int number = 1; number <= settings.customers(); number++) {
            Channel home = channels.get(signUp.pick(structure));
            customers.add(customerFactory.customer(number, home.label()));
        }
        return customers;
    }

    private Map<Channel, ChannelBatch> signUps(List<Customer> customers) {
        Map<Channel, ChannelBatch> batches = new LinkedHashMap<>();
        Map<String, ChannelBatch> byLabel = new LinkedHashMap<>();
        for (Channel channel : Channel.members()) {
            ChannelBatch batch = new ChannelBatch(channel);
            batches.put(channel, batch);
            byLabel.put(channel.label(), batch);
        }
        batches.get(Channel.WECHAT).expect(CaseKind.SECOND_WECHAT_OPENID);
        for (Customer customer : customers) {
            ChannelBatch batch = byLabel.get(customer.homeChannel());
            Map<String, Object> record = memberPayloads.signUp(batch.channel(), customer, batch.size() + 1);
            batch.add(customer, record);
            if (batch.channel() == Channel.WECHAT && structure.nextInt(100) < SECOND_OPENID_PERCENT) {
                batch.keepGood(batch.size() - 1);
                Map<String, Object> twin = memberPayloads.wechat(customer, (String) record.get("unionid"));
                batch.addCase(CaseKind.SECOND_WECHAT_OPENID, customer, twin);
            }
        }
        return batches;
    }

    /** Customers whose sign-up record is good appear again in another member channel: the gateway must merge. */
    private void samePersonAgain(Map<Channel, ChannelBatch> batches) {
        Set<Integer> used = new HashSet<>();
        for (ChannelBatch target : batches.values()) {
            target.expect(CaseKind.SAME_PERSON_OTHER_CHANNEL);
            Map<Integer, Customer> candidates = new LinkedHashMap<>();
            batches.values().stream()
                    .filter(batch -> batch != target)
                    .forEach(batch -> batch.untouched(record -> true).stream()
                            .map(batch::owner)
                            .filter(customer -> !used.contains(customer.number()))
                            .forEach(customer -> candidates.put(customer.number(), customer)));
            List<Integer> numbers = candidates.keySet().stream().sorted().toList();
            for (int number : breakage.choose(numbers, settings.quota(target.goodRecords()))) {
                used.add(number);
                Customer customer = candidates.get(number);
                target.appendExtra(
                        CaseKind.SAME_PERSON_OTHER_CHANNEL,
                        customer,
                        memberPayloads.signUp(target.channel(), customer, target.size() + 1));
            }
        }
    }

    /** The platform's orders in the order they were placed. */
    private ChannelBatch orderBatch(Channel channel, List<Customer> customers) {
        record Sale(Customer customer, Order order) {}
        List<Sale> sales = new ArrayList<>();
        for (Customer customer : customers) {
            customer.orders().stream()
                    .filter(order -> order.channel().equals(channel.label()))
                    .forEach(order -> sales.add(new Sale(customer, order)));
        }
        sales.sort(Comparator.comparing(sale -> sale.order().placedAt()));
        ChannelBatch batch = new ChannelBatch(channel);
        for (Sale sale : sales) {
            int sequence = batch.size() + 1;
            batch.add(
                    sale.customer(),
                    channel == Channel.TAOBAO
                            ? orderPayloads.taobao(sale.customer(), sale.order(), sequence)
                            : orderPayloads.jd(sale.customer(), sale.order(), sequence));
        }
        return batch;
    }

    private ChannelBatch unknownChannel(List<Customer> customers) {
        ChannelBatch batch = new ChannelBatch(Channel.WEB, UNKNOWN_CHANNEL, UNKNOWN_CHANNEL_FILE);
        batch.expect(CaseKind.UNKNOWN_CHANNEL);
        List<Integer> numbers = customers.stream().map(Customer::number).toList();
        for (int number : breakage.choose(numbers, settings.quota(customers.size()))) {
            Customer customer = customers.get(number - 1);
            batch.addCase(
                    CaseKind.UNKNOWN_CHANNEL,
                    customer,
                    memberPayloads.ourNames(UNKNOWN_CHANNEL, customer, batch.size() + 1));
        }
        return batch;
    }

    private Random stream(int concern) {
        return new Random(settings.seed() * 1_000_003L + concern);
    }
}
