package io.consentgateway.policies.quality;

import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.region.Region;
import io.consentgateway.policies.validation.WidthFolding;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what a channel sent with the profile it was cleaned into, field by field, to report what cleaning did
 * ({@link DataQuality}). Pure bookkeeping: it changes nothing and sees no value it did not already hold.
 */
public final class DataQualityAssessment {

    private static final Set<String> DERIVABLE = Set.of("birthDate", "gender", "province", "city", "district");

    public DataQuality assess(RawRecord sent, MemberProfile cleaned) {
        Set<String> corrected = new HashSet<>();
        Set<String> standardised = new HashSet<>();
        Set<String> completed = new HashSet<>();
        canonical(cleaned).forEach((field, value) -> {
            String raw = sent.field(field);
            if (raw == null || raw.isBlank()) {
                if (value != null && DERIVABLE.contains(field)) {
                    completed.add(field);
                }
                return;
            }
            if (value == null || raw.equals(value)) {
                return;
            }
            if (isFormatError(raw, value)) {
                corrected.add(field);
            } else {
                standardised.add(field);
            }
        });
        return new DataQuality(corrected, standardised, completed);
    }

    /** Full-width characters, whitespace around or doubled inside, or a difference in letter case only. */
    private static boolean isFormatError(String raw, String value) {
        String folded = WidthFolding.fold(raw);
        return !folded.equals(raw)
                || !raw.strip().equals(raw)
                || raw.contains("  ")
                || raw.toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> canonical(MemberProfile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", profile.name().value());
        values.put("mobile", profile.mobile() == null ? null : profile.mobile().national());
        values.put(
                "idNumber",
                profile.idNumber() == null ? null : profile.idNumber().value());
        values.put(
                "birthDate",
                profile.birthDate() == null ? null : profile.birthDate().toString());
        values.put(
                "gender",
                profile.gender() == null ? null : profile.gender().name().toLowerCase(Locale.ROOT));
        Region region = profile.region();
        values.put("province", region == null ? null : region.province());
        values.put("city", region == null ? null : region.city());
        values.put("district", region == null ? null : region.district());
        values.put("address", profile.address());
        values.put("email", profile.email());
        return values;
    }
}
