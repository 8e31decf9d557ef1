package io.consentgateway.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A generated data set in memory: the customers behind it, one JSON payload file per channel (plus one for a
 * channel the gateway does not have), the POS CSV files, and the manifest of what the gateway should do.
 */
public record SampleSet(
        Settings settings, List<Customer> customers, List<ChannelFile> channelFiles, List<PosFile> posFiles) {

    public SampleSet {
        customers = List.copyOf(customers);
        channelFiles = List.copyOf(channelFiles);
        posFiles = List.copyOf(posFiles);
    }

    /** @param path e.g. "web.json" */
    public ChannelFile channelFile(String path) {
        return channelFiles.stream()
                .filter(file -> file.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no channel file " + path));
    }

    /** The records of a channel's file, e.g. {@code records("web")}. */
    public List<Map<String, Object>> records(String channel) {
        return channelFile(channel + ".json").records();
    }

    /** Every file, JSON first, then POS files by path. */
    public List<PayloadFile> files() {
        List<PayloadFile> files = new ArrayList<>(channelFiles);
        files.addAll(posFiles);
        return files;
    }

    /** The content of expected.json. */
    public Map<String, Object> manifest() {
        return new Manifest(this).content();
    }

    @Override
    public String toString() {
        return "SampleSet[" + settings + ", " + channelFiles.size() + " channel files, " + posFiles.size()
                + " POS files]";
    }
}
