package io.consentgateway.samples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One generated file: where it goes, which channel it is for, its records and its deliberate cases. */
public sealed interface PayloadFile permits ChannelFile, PosFile {

    /** Path relative to the output directory, with "/" separators. */
    String path();

    /** The channel name the file is delivered to. */
    String channel();

    /** The field (or CSV column) that identifies a record within the channel. */
    String idField();

    int recordCount();

    /** Every case kind that applies to the file (possibly with no ids), with the ids of its records in file order. */
    Map<CaseKind, List<String>> cases();

    /** How many records should end in each outcome; they add up to {@link #recordCount()}. */
    default Map<Outcome, Integer> expectedOutcomes() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int ordinary = recordCount();
        for (Map.Entry<CaseKind, List<String>> entry : cases().entrySet()) {
            Outcome outcome = entry.getKey().outcome();
            if (outcome != Outcome.STORED) {
                outcomes.merge(outcome, entry.getValue().size(), Integer::sum);
                ordinary -= entry.getValue().size();
            }
        }
        if (ordinary > 0 || outcomes.isEmpty()) {
            outcomes.put(Outcome.STORED, ordinary);
        }
        return outcomes;
    }
}
