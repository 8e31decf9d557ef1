package io.consentgateway.gateway.consent;

import io.consentgateway.api.ConsentApi;
import io.consentgateway.api.model.ConsentReceipt;
import io.consentgateway.api.model.Notice;
import io.consentgateway.api.model.PublicKey;
import io.consentgateway.api.model.PublishedNotice;
import io.consentgateway.api.model.PurposeInfo;
import io.consentgateway.api.model.ReceiptVerdict;
import io.consentgateway.gateway.audit.AuditAction;
import io.consentgateway.gateway.audit.AuditTrail;
import io.consentgateway.gateway.keys.Signer;
import io.consentgateway.gateway.security.CurrentCaller;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.consent.PurposeCatalogue;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConsentController implements ConsentApi {

    private final PurposeCatalogue catalogue;
    private final Notices notices;
    private final ConsentReceipts receipts;
    private final Signer signer;
    private final CurrentCaller caller;
    private final AuditTrail trail;

    ConsentController(
            PurposeCatalogue catalogue,
            Notices notices,
            ConsentReceipts receipts,
            Signer signer,
            CurrentCaller caller,
            AuditTrail trail) {
        this.catalogue = catalogue;
        this.notices = notices;
        this.receipts = receipts;
        this.signer = signer;
        this.caller = caller;
        this.trail = trail;
    }

    @Override
    public ResponseEntity<List<PurposeInfo>> listPurposes() {
        return ResponseEntity.ok(catalogue.all().stream()
                .sorted(Comparator.comparing(definition -> definition.purpose().name()))
                .map(definition -> new PurposeInfo(
                        definition.purpose().name(),
                        definition.legalBasis().configName(),
                        definition.essential(),
                        PurposeInfo.ConsentEnum.fromValue(definition.consent().configName()),
                        definition.perRecipient(),
                        definition.personalised(),
                        definition.fields().stream().sorted().toList(),
                        definition.retention().toString()))
                .toList());
    }

    @Override
    public ResponseEntity<Notice> getCurrentNotice() {
        return ResponseEntity.ok(notices.current()
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "version", "No notice is published")));
    }

    @Override
    public ResponseEntity<Notice> getNotice(Integer version) {
        return ResponseEntity.ok(notices.version(version)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "version", "No such notice version")));
    }

    @Override
    public ResponseEntity<PublishedNotice> publishNotice(Notice notice) {
        List<String> material = notices.publish(notice, caller.name());
        trail.recordAdmin(AuditAction.NOTICE_PUBLISHED, "privacy-notice", "version " + notice.getVersion());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.getVersion()))
                .body(new PublishedNotice(notice.getVersion(), material));
    }

    @Override
    public ResponseEntity<PublicKey> getReceiptPublicKey() {
        Signer.PublicSigningKey key = signer.publicKey();
        return ResponseEntity.ok(new PublicKey(key.keyId(), key.algorithm().configName(), key.x509()));
    }

    @Override
    public ResponseEntity<ReceiptVerdict> verifyReceipt(ConsentReceipt receipt) {
        return ResponseEntity.ok(
                new ReceiptVerdict(receipts.verify(ReceiptViews.body(receipt), ReceiptViews.signature(receipt))));
    }
}
