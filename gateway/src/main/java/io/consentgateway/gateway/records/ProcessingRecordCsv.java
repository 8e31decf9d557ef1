package io.consentgateway.gateway.records;

import io.consentgateway.api.model.ImpactAssessment;
import io.consentgateway.api.model.ProcessingRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The record of processing activities as CSV (RFC 4180): one line per purpose, list values joined by {@code ;}. */
final class ProcessingRecordCsv {

    private static final List<Column> COLUMNS = List.of(
            new Column("purpose", ProcessingRecord::getPurpose),
            new Column("legalBasis", ProcessingRecord::getLegalBasis),
            new Column("consent", row -> row.getConsent().getValue()),
            new Column("fields", row -> joined(row.getFields())),
            new Column("sensitiveFields", row -> joined(row.getSensitiveFields())),
            new Column("sources", row -> joined(row.getSources())),
            new Column("recipients", row -> joined(row.getRecipients())),
            new Column("retention", ProcessingRecord::getRetention),
            new Column("encryption", row -> row.getSafeguards().getEncryption()),
            new Column("encryptedFields", row -> joined(row.getSafeguards().getEncryptedFields())),
            new Column("masking", row -> joined(row.getSafeguards().getMasking())),
            new Column("accessRoles", row -> joined(row.getSafeguards().getAccessRoles())),
            new Column("assessmentRequired", row -> String.valueOf(row.getAssessmentRequired())),
            new Column(
                    "assessmentReference",
                    row -> assessment(row).map(ImpactAssessment::getReference).orElse("")),
            new Column(
                    "assessedOn",
                    row -> assessment(row)
                            .map(found -> found.getAssessedOn().toString())
                            .orElse("")),
            new Column(
                    "assessmentConclusion",
                    row -> assessment(row)
                            .map(found -> found.getConclusion().getValue())
                            .orElse("")),
            new Column("active", row -> String.valueOf(row.getActive())),
            new Column("inactiveReason", row -> Objects.requireNonNullElse(row.getInactiveReason(), "")));

    private ProcessingRecordCsv() {}

    static String of(List<ProcessingRecord> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", COLUMNS.stream().map(Column::name).toList()))
                .append("\r\n");
        for (ProcessingRecord row : rows) {
            csv.append(String.join(
                            ",",
                            COLUMNS.stream()
                                    .map(column -> cell(column.value().apply(row)))
                                    .toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static Optional<ImpactAssessment> assessment(ProcessingRecord row) {
        return Optional.ofNullable(row.getAssessment());
    }

    private static String joined(List<String> values) {
        return String.join(";", values);
    }

    // Quoted when needed; a leading formula character is defused, since references are typed in by people.
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private record Column(String name, Function<ProcessingRecord, String> value) {}
}
