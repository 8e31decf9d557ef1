package io.consentgateway.gateway.audit;

import io.consentgateway.api.AuditApi;
import io.consentgateway.api.model.AuditChainBreak;
import io.consentgateway.api.model.AuditChainStatus;
import io.consentgateway.api.model.AuditCheckpoint;
import io.consentgateway.api.model.AuditEvent;
import io.consentgateway.api.model.AuditEventPage;
import io.consentgateway.audit.chain.ChainBreak;
import io.consentgateway.audit.chain.ChainReport;
import io.consentgateway.gateway.keys.Hasher;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The compliance officer's view of the audit trail (permission {@code audit:read}, checked from the spec). */
@RestController
class AuditController implements AuditApi {

    private static final String REVIEW = "audit-review";

    private final AuditTrailSearch search;
    private final AuditExport export;
    private final AuditChainVerification verification;
    private final AuditTrail trail;
    private final CurrentCaller caller;
    private final Hasher hasher;

    AuditController(
            AuditTrailSearch search,
            AuditExport export,
            AuditChainVerification verification,
            AuditTrail trail,
            CurrentCaller caller,
            Hasher hasher) {
        this.search = search;
        this.export = export;
        this.verification = verification;
        this.trail = trail;
        this.caller = caller;
        this.hasher = hasher;
    }

    @Override
    public ResponseEntity<AuditEventPage> searchAuditEvents(
            UUID subjectId,
            String actor,
            String action,
            String purpose,
            OffsetDateTime from,
            OffsetDateTime to,
            Integer page,
            Integer size) {
        AuditQuery query = query(subjectId, actor, action, purpose, from, to);
        return ResponseEntity.ok(new AuditEventPage(
                search.page(query, page, size).stream()
                        .map(AuditController::toApi)
                        .toList(),
                page,
                size,
                search.count(query)));
    }

    @Override
    public ResponseEntity<Resource> exportAuditEvents(
            String format,
            UUID subjectId,
            String actor,
            String action,
            String purpose,
            OffsetDateTime from,
            OffsetDateTime to) {
        String wanted = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!wanted.equals("csv") && !wanted.equals("json")) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "format", "format must be csv or json");
        }
        AuditQuery query = query(subjectId, actor, action, purpose, from, to);
        AuditExport.Export exported = export.export(query, wanted, caller.name());
        trail.recordAdmin(AuditAction.AUDIT_EXPORTED, REVIEW, exported.events() + " events as " + wanted);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-export.zip")
                                .build()
                                .toString())
                .body(new ByteArrayResource(exported.zip()));
    }

    @Override
    public ResponseEntity<AuditChainStatus> verifyAuditChain() {
        AuditChainVerification.ChainStatus status = verification.verify();
        ChainReport report = status.report();
        AuditChainStatus body = new AuditChainStatus(
                report.intact(),
                report.verifiedPositions(),
                status.pending(),
                report.checkpoints(),
                hasher.algorithm().configName());
        if (status.lastCheckpoint() != null) {
            var last = status.lastCheckpoint();
            body.lastCheckpoint(new AuditCheckpoint(
                    last.position(),
                    last.headHash(),
                    Instant.parse(last.signedAt()).atOffset(ZoneOffset.UTC),
                    last.algorithm(),
                    last.keyId()));
        }
        report.firstBreak().ifPresent(found -> body.firstBreak(toApi(found)));
        return ResponseEntity.ok(body);
    }

    private static AuditQuery query(
            UUID subjectId, String actor, String action, String purpose, OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "from", "from must be before to");
        }
        return new AuditQuery(
                subjectId,
                blankToNull(actor),
                blankToNull(action),
                blankToNull(purpose),
                from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static AuditEvent toApi(AuditRow row) {
        return new AuditEvent(
                        row.id(),
                        row.occurredAt().atOffset(ZoneOffset.UTC),
                        row.action(),
                        row.actor(),
                        row.purpose(),
                        row.channel())
                .subjectId(row.subjectId())
                .subjectCount(row.subjectCount())
                .fields(row.fields().isEmpty() ? null : row.fields())
                .roles(row.roles())
                .requestId(row.requestId())
                .detail(row.detail());
    }

    private static AuditChainBreak toApi(ChainBreak found) {
        return new AuditChainBreak(
                        found.position(),
                        AuditChainBreak.ReasonEnum.fromValue(
                                found.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                        found.describe())
                .source(found.source())
                .sourceId(found.sourceId());
    }
}
