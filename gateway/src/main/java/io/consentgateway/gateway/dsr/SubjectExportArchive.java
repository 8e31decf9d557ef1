package io.consentgateway.gateway.dsr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.consentgateway.api.model.ProcessingHistoryEntry;
import io.consentgateway.api.model.SubjectView;
import io.consentgateway.audit.RevisionContext;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.audit.CsvLine;
import io.consentgateway.gateway.audit.ProcessingHistory;
import io.consentgateway.gateway.audit.SignedArchive;
import io.consentgateway.gateway.consent.ConsentLedger;
import io.consentgateway.gateway.subject.SubjectDossier;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.ConsentRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Everything held on one subject (PIPL Art. 45: to see and to copy, in a form another processor can take in):
 * {@code subject.json} and the same as CSV files, with a signed manifest. Built when downloaded, so always current.
 */
@Component
class SubjectExportArchive {

    private final SubjectDossier dossier;
    private final ConsentLedger ledger;
    private final ProcessingHistory history;
    private final DsrRequestRepository requests;
    private final SignedArchive archive;
    private final AuditTrail trail;
    private final ObjectMapper json;

    SubjectExportArchive(
            SubjectDossier dossier,
            ConsentLedger ledger,
            ProcessingHistory history,
            DsrRequestRepository requests,
            SignedArchive archive,
            AuditTrail trail,
            ObjectMapper json) {
        this.dossier = dossier;
        this.ledger = ledger;
        this.history = history;
        this.requests = requests;
        this.archive = archive;
        this.trail = trail;
        this.json = json;
    }

    byte[] build(UUID subjectId, RevisionContext context, IntConsumer progress) {
        String customerAccount = context.actor();
        SubjectDossier.Dossier held = dossier.of(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"));
        progress.accept(20);
        List<ConsentRecord> consents = ledger.history(subjectId);
        progress.accept(40);
        List<ProcessingHistoryEntry> processing =
                history.of(subjectId, customerAccount, 0, 10_000).getItems();
        progress.accept(70);

        ObjectNode document = json.createObjectNode();
        document.set("profile", json.valueToTree(held.profile()));
        document.set("sources", json.valueToTree(held.sources()));
        document.set(
                "consents",
                json.valueToTree(
                        consents.stream().map(SubjectExportArchive::consent).toList()));
        document.set(
                "recipients",
                json.valueToTree(consents.stream()
                        .filter(consent -> consent.recipient().isPresent() && consent.granted())
                        .map(consent -> consent.recipient().get())
                        .distinct()
                        .toList()));
        document.set(
                "requests",
                json.valueToTree(requests.findBySubjectIdOrderByReceivedAtDesc(subjectId).stream()
                        .map(SubjectExportArchive::request)
                        .toList()));
        document.set("processingHistory", json.valueToTree(processing));

        progress.accept(80);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("subject.json", archive.bytes(document));
        files.put("profile.csv", profileCsv(held.profile()));
        files.put("consents.csv", consentsCsv(consents));
        files.put("processing-history.csv", historyCsv(processing));
        ObjectNode manifest = archive.newManifest();
        manifest.put("subjectId", subjectId.toString());
        manifest.put("basis", "PIPL Art. 45: a copy of the personal information the gateway holds on you");
        byte[] zip = archive.zip(manifest, files);
        trail.recordIn(context, AuditAction.SUBJECT_EXPORTED, subjectId, List.of("all"));
        return zip;
    }

    private static Map<String, Object> request(DsrRequest request) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("requestId", request.id().toString());
        row.put("kind", request.kind().code());
        row.put("state", request.state().code());
        row.put("receivedAt", request.receivedAt().toString());
        row.put("dueAt", request.dueAt().toString());
        row.put("outcome", request.outcome());
        row.put("refusalReason", request.refusalCode());
        row.put("refusalExplanation", request.refusalText());
        return row;
    }

    private static Map<String, Object> consent(ConsentRecord consent) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("purpose", consent.purpose().name());
        row.put("recipient", consent.recipient().orElse(null));
        row.put("granted", consent.granted());
        row.put("noticeVersion", consent.noticeVersion());
        row.put("at", consent.at().toString());
        row.put("byGuardian", consent.byGuardian());
        return row;
    }

    private byte[] profileCsv(SubjectView profile) {
        StringBuilder csv = new StringBuilder("field,value\n");
        json.<Map<String, Object>>convertValue(
                        profile, json.getTypeFactory().constructMapType(Map.class, String.class, Object.class))
                .forEach((field, value) -> csv.append(CsvLine.of(field, value)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] consentsCsv(List<ConsentRecord> consents) {
        StringBuilder csv = new StringBuilder("purpose,recipient,granted,noticeVersion,at,byGuardian\n");
        consents.forEach(consent -> csv.append(CsvLine.of(
                consent.purpose().name(),
                consent.recipient().orElse(""),
                consent.granted(),
                consent.noticeVersion(),
                consent.at(),
                consent.byGuardian())));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] historyCsv(List<ProcessingHistoryEntry> entries) {
        StringBuilder csv = new StringBuilder("occurredAt,action,by,purpose,channel,fields\n");
        entries.forEach(entry -> csv.append(CsvLine.of(
                entry.getOccurredAt(),
                entry.getAction(),
                entry.getBy(),
                entry.getPurpose(),
                entry.getChannel(),
                entry.getFields() == null ? "" : String.join(";", entry.getFields()))));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
