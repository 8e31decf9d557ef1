package io.consentgateway.policies.classification;

import io.consentgateway.policies.consent.Purpose;
import io.consentgateway.policies.consent.PurposeCatalogue;
import io.consentgateway.policies.record.RawRecord;
import io.consentgateway.policies.validation.Validated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Minimum collection at the door (PIPL Arts. 5–6): a record may carry only classified fields that the purpose
 * catalogue permits for its channel's purposes. A field outside that is either the record's rejection
 * ({@code unclassified-field:<name>} or {@code field-not-permitted:<name>}) or, if so configured, dropped before
 * anything is stored.
 */
public final class FieldScreen {

    /** What to do with a field the record may not carry. */
    public enum OnExtraField {
        QUARANTINE,
        DROP
    }

    /** A record that passed, and the fields dropped from it (names only). */
    public record Screened(RawRecord record, List<String> droppedFields) {}

    private final Classification classification;
    private final PurposeCatalogue catalogue;
    private final OnExtraField onExtraField;

    public FieldScreen(Classification classification, PurposeCatalogue purposes, OnExtraField onExtraField) {
        this.classification = classification;
        this.catalogue = purposes;
        this.onExtraField = onExtraField;
    }

    public Validated<Screened> screen(RawRecord record, Set<Purpose> purposes) {
        Set<String> permitted = catalogue.permittedFields(purposes);
        Map<String, String> kept = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        for (String field : new TreeSet<>(record.fields().keySet())) {
            String problem = classification.of(field).isEmpty()
                    ? "unclassified-field"
                    : permitted.contains(field) ? null : "field-not-permitted";
            if (problem == null) {
                kept.put(field, record.field(field));
            } else if (onExtraField == OnExtraField.DROP) {
                dropped.add(field);
            } else {
                return Validated.invalid(problem, field);
            }
        }
        RawRecord screened = new RawRecord(record.channel(), record.sourceId(), kept, record.consents());
        return Validated.valid(new Screened(screened, List.copyOf(dropped)));
    }
}
