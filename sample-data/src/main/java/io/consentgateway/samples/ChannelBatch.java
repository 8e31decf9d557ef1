package io.consentgateway.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A channel file while it is being built: its good records first, then broken in place, then the extra records
 * (same person again, duplicate deliveries) appended after them.
 */
final class ChannelBatch {

    private final Channel channel;
    private final String channelName;
    private final String path;
    private final List<Map<String, Object>> records = new ArrayList<>();
    private final List<Customer> owners = new ArrayList<>();
    private final Set<Integer> touched = new HashSet<>();
    private final Map<CaseKind, List<String>> cases = new EnumMap<>(CaseKind.class);
    private int goodRecords;

    ChannelBatch(Channel channel) {
        this(channel, channel.label(), channel.fileName());
    }

    /** A file in a channel's shape, written to {@code path}, for delivery under another channel name. */
    ChannelBatch(Channel channel, String channelName, String path) {
        this.channel = channel;
        this.channelName = channelName;
        this.path = path;
    }

    Channel channel() {
        return channel;
    }

    void expect(CaseKind kind) {
        cases.computeIfAbsent(kind, k -> new ArrayList<>());
    }

    void add(Customer owner, Map<String, Object> record) {
        records.add(record);
        owners.add(owner);
        goodRecords = records.size();
    }

    /** A good record that takes part in a case of its own and is therefore never broken or duplicated. */
    void addCase(CaseKind kind, Customer owner, Map<String, Object> record) {
        add(owner, record);
        touched.add(records.size() - 1);
        mark(kind, records.size() - 1);
    }

    /** Keeps a good record out of every other case (it takes part in one with a record added later). */
    void keepGood(int position) {
        touched.add(position);
    }

    int size() {
        return records.size();
    }

    /** Good records, before anything is broken or appended; quotas are shares of this. */
    int goodRecords() {
        return goodRecords;
    }

    /** Positions of good records not yet part of any case that satisfy the condition, in file order. */
    List<Integer> untouched(Predicate<Map<String, Object>> condition) {
        return IntStream.range(0, goodRecords)
                .filter(i -> !touched.contains(i) && condition.test(records.get(i)))
                .boxed()
                .toList();
    }

    Map<String, Object> record(int position) {
        return records.get(position);
    }

    Customer owner(int position) {
        return owners.get(position);
    }

    void breakRecord(CaseKind kind, int position) {
        touched.add(position);
        mark(kind, position);
    }

    void appendExtra(CaseKind kind, Customer owner, Map<String, Object> record) {
        records.add(record);
        owners.add(owner);
        mark(kind, records.size() - 1);
    }

    void appendDuplicate(int position) {
        touched.add(position);
        Map<String, Object> copy = new OrderedFields(records.get(position));
        records.add(copy);
        owners.add(owners.get(position));
        mark(CaseKind.DUPLICATE_SOURCE_ID, position);
    }

    ChannelFile file() {
        List<Map<String, Object>> frozen =
                records.stream().map(Collections::unmodifiableMap).toList();
        return new ChannelFile(path, channelName, channel.idField(), frozen, freeze(cases));
    }

    private void mark(CaseKind kind, int position) {
        cases.computeIfAbsent(kind, k -> new ArrayList<>())
                .add(String.valueOf(records.get(position).get(channel.idField())));
    }

    private static Map<CaseKind, List<String>> freeze(Map<CaseKind, List<String>> cases) {
        Map<CaseKind, List<String>> frozen = new EnumMap<>(CaseKind.class);
        cases.forEach((kind, ids) -> frozen.put(kind, List.copyOf(ids)));
        return frozen;
    }
}
