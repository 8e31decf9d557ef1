package io.consentgateway.policies.quality;

import java.util.Set;
import java.util.TreeSet;

/**
 * What cleaning did to an accepted record, by field name (never by value): format errors {@code corrected}
 * (full-width characters, stray whitespace, a lower-case check digit, an upper-case e-mail domain), valid spellings
 * {@code standardised} to ours (dates to ISO-8601, phones to E.164, gender codes, province short names) and
 * missing components {@code completed} from others (birth date, gender and region from the ID number or address).
 */
public record DataQuality(Set<String> corrected, Set<String> standardised, Set<String> completed) {

    public DataQuality {
        corrected = Set.copyOf(corrected);
        standardised = Set.copyOf(standardised);
        completed = Set.copyOf(completed);
    }

    /** {@code valid} when the record was accepted exactly as sent, else {@code corrected}. */
    public String label() {
        return asSent() ? "valid" : "corrected";
    }

    public boolean asSent() {
        return corrected.isEmpty() && standardised.isEmpty() && completed.isEmpty();
    }

    /** e.g. {@code corrected=mobile;standardised=birthDate,gender;completed=province} — names only. */
    public String summary() {
        StringBuilder summary = new StringBuilder();
        append(summary, "corrected", corrected);
        append(summary, "standardised", standardised);
        append(summary, "completed", completed);
        return summary.toString();
    }

    private static void append(StringBuilder summary, String kind, Set<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        if (!summary.isEmpty()) {
            summary.append(';');
        }
        summary.append(kind).append('=').append(String.join(",", new TreeSet<>(fields)));
    }
}
