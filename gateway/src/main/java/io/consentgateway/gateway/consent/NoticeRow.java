package io.consentgateway.gateway.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published notice version, as JSON, with its digest. Append-only (a database trigger refuses changes). */
@Entity
@Table(name = "notice")
class NoticeRow {

    @Id
    private int version;

    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String digest;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected NoticeRow() {}

    NoticeRow(int version, String content, String digest, String publishedBy, Instant publishedAt) {
        this.version = version;
        this.content = content;
        this.digest = digest;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    int version() {
        return version;
    }

    String content() {
        return content;
    }

    Instant publishedAt() {
        return publishedAt;
    }
}
