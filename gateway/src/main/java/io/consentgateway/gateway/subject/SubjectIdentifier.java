package io.consentgateway.gateway.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A blind index of one identifier (mobile, ID number) pointing at the subject it identifies. */
@Entity
@Table(name = "subject_identifier")
class SubjectIdentifier {

    static final String MOBILE = "mobile";
    static final String ID_NUMBER = "id-number";
    static final String WECHAT_UNION_ID = "wechat-unionid";

    @EmbeddedId
    private Key key;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    protected SubjectIdentifier() {}

    SubjectIdentifier(Key key, UUID subjectId) {
        this.key = key;
        this.subjectId = subjectId;
    }

    UUID subjectId() {
        return subjectId;
    }

    Key key() {
        return key;
    }

    @Embeddable
    static class Key implements Serializable {
        private String kind;
        private String digest;

        protected Key() {}

        Key(String kind, String digest) {
            this.kind = kind;
            this.digest = digest;
        }

        String kind() {
            return kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && kind.equals(that.kind) && digest.equals(that.digest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, digest);
        }
    }
}
