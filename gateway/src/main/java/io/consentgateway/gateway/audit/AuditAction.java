package io.consentgateway.gateway.audit;

/** What an audit event records. Changes to records and consent events reach the trail through their own tables. */
public enum AuditAction {
    /** The read-access log: a response revealed unmasked personal information (PIPL Art. 51). */
    SUBJECT_READ_FULL("subject.read-full"),
    ACCOUNT_LINKED("account.linked"),
    KEY_ROTATION_STARTED("keys.rotation-started"),
    NOTICE_PUBLISHED("notice.published"),
    AUDIT_EXPORTED("audit.exported");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
