package io.consentgateway.samples;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A store's sales CSV (UTF-8, header line, "\n" line ends) as the store drops it. */
public record PosFile(
        String path,
        String storeCode,
        LocalDate dropDate,
        String csv,
        int recordCount,
        Map<CaseKind, List<String>> cases)
        implements PayloadFile {

    public static final String HEADER =
            "store_code,receipt_no,member_name,member_mobile,amount,discount,paid_at,category";

    public PosFile {
        cases = Collections.unmodifiableMap(cases);
    }

    @Override
    public String channel() {
        return "pos";
    }

    @Override
    public String idField() {
        return "receipt_no";
    }

    @Override
    public String toString() {
        return "PosFile[" + path + ", " + recordCount + " rows]";
    }
}
