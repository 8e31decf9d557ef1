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
    /** A retention run (purge or dry run) started: run id, kind, the instant it judges (PIPL Arts. 19, 47). */
    RETENTION_RUN_STARTED("retention.run-started"),
    /** A retention run finished, with its counts. */
    RETENTION_RUN_COMPLETED("retention.run-completed"),
    /** A customer past retention was erased by crypto-shredding (PIPL Art. 47(1)). */
    RETENTION_PURGED("retention.purged"),
    /** A personal information incident was recorded (PIPL Art. 57); the detail names the incident, never a person. */
    INCIDENT_RECORDED("incident.recorded"),
    /** The customers affected by an incident were found: the detail carries the counts. */
    INCIDENT_ASSESSED("incident.assessed"),
    INCIDENT_REGULATOR_NOTIFIED("incident.regulator-notified"),
    INCIDENT_INDIVIDUALS_NOTIFIED("incident.individuals-notified"),
    /** The decision not to notify the individuals (Art. 57(2)), with its reason in the incident record. */
    INCIDENT_INDIVIDUALS_NOTICE_SKIPPED("incident.individuals-notice-skipped"),
    PROCESSOR_REGISTERED("processor.registered"),
    PROCESSOR_TERMINATED("processor.terminated"),
    /** The processor confirmed it returned or deleted the data after its contract ended (PIPL Art. 21). */
    PROCESSOR_DELETION_CONFIRMED("processor.deletion-confirmed"),
    /** An entrusted processor read a customer's contract fields (masked); the detail names the processor. */
    PROCESSOR_READ("processor.read"),
    /** An entrusted processor's read was refused as outside its contract or the customer's basis; with the reason. */
    PROCESSOR_READ_REFUSED("processor.read-refused"),
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
