package io.consentgateway.gateway.audit;

/** What an audit event records. Changes to records and consent events reach the trail through their own tables. */
public enum AuditAction {
    /** The read-access log: a response revealed unmasked personal information (PIPL Art. 51). */
    SUBJECT_READ_FULL("subject.read-full"),
    ACCOUNT_LINKED("account.linked"),
    KEY_ROTATION_STARTED("keys.rotation-started"),
    NOTICE_PUBLISHED("notice.published"),
    AUDIT_EXPORTED("audit.exported"),
    DSR_RECEIVED("dsr.received"),
    DSR_VERIFIED("dsr.verified"),
    DSR_COMPLETED("dsr.completed"),
    DSR_REFUSED("dsr.refused"),
    /** The subject's own data left the gateway to the subject (access or export, PIPL Art. 45). */
    SUBJECT_EXPORTED("subject.exported"),
    SUBJECT_ERASED("subject.erased"),
    LEGAL_HOLD_PLACED("legal-hold.placed"),
    LEGAL_HOLD_LIFTED("legal-hold.lifted"),
    PARTNER_REGISTERED("partner.registered"),
    /** A quarantined payload was shown (masked) to an integrator or compliance officer. */
    QUARANTINE_READ("quarantine.read"),
    QUARANTINE_REPLAYED("quarantine.replayed"),
    /** A quarantined payload was destroyed; the entry keeps who, when and why. */
    QUARANTINE_DISCARDED("quarantine.discarded"),
    /** A page of a segment's members was shown unmasked, with the declared purpose and the member count. */
    SEGMENT_READ_FULL("segment.read-full"),
    /** A segment's members went to a marketing destination: purpose, destination and member count. */
    SEGMENT_EXPORTED("segment.exported"),
    /** An impact assessment was recorded (PIPL Arts. 55-56): purpose, reference, conclusion. */
    ASSESSMENT_RECORDED("assessment.recorded"),
    PURPOSE_ACTIVATED("purpose.activated"),
    PURPOSE_DEACTIVATED("purpose.deactivated"),
    /** The record of processing activities was read. */
    PROCESSING_RECORDS_EXPORTED("processing-records.exported"),
    CROSS_BORDER_RECIPIENT_REGISTERED("cross-border.recipient-registered"),
    /** Personal information went abroad: recipient and counts, never an individual. */
    CROSS_BORDER_TRANSFERRED("cross-border.transferred");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
