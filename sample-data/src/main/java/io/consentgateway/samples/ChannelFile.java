package io.consentgateway.samples;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A JSON array of channel records, as a webhook or batch delivery would carry it. */
public record ChannelFile(
        String path,
        String channel,
        String idField,
        List<Map<String, Object>> records,
        Map<CaseKind, List<String>> cases)
        implements PayloadFile {

    public ChannelFile {
        records = Collections.unmodifiableList(records);
        cases = Collections.unmodifiableMap(cases);
    }

    @Override
    public int recordCount() {
        return records.size();
    }
}
