package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.system.AssignedIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A record a channel delivered and the subject it was stored under. Its key (channel, source id) is the
 * idempotency key: a replayed record finds its row and changes nothing.
 */
@Entity
@Table(name = "channel_source")
class ChannelSource extends AssignedIdentity<ChannelSource.Key> {

    @EmbeddedId
    private Key key;

    @Override
    public Key getId() {
        return key;
    }

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** Merge history: which identifier linked the record to its subject ({@code new} when it created one). */
    @Column(name = "matched_by")
    private String matchedBy;

    /** Merge history: what the record's profile did to the subject (created, overwritten, gaps-filled). */
    @Column(name = "profile_effect")
    private String profileEffect;

    protected ChannelSource() {}

    ChannelSource(Key key, UUID subjectId, Instant receivedAt, String matchedBy, String profileEffect) {
        this.key = key;
        this.subjectId = subjectId;
        this.receivedAt = receivedAt;
        this.matchedBy = matchedBy;
        this.profileEffect = profileEffect;
    }

    String matchedBy() {
        return matchedBy;
    }

    String profileEffect() {
        return profileEffect;
    }

    UUID subjectId() {
        return subjectId;
    }

    String channel() {
        return key.channel;
    }

    String sourceId() {
        return key.sourceId;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    @Embeddable
    static class Key implements Serializable {
        private String channel;

        @Column(name = "source_id")
        private String sourceId;

        protected Key() {}

        Key(String channel, String sourceId) {
            this.channel = channel;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && channel.equals(that.channel) && sourceId.equals(that.sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, sourceId);
        }
    }
}
