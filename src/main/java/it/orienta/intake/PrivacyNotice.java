package it.orienta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of the privacy notice shown at intake. Versions are never edited: a change makes a new one. */
@Entity
@Table(name = "privacy_notice")
class PrivacyNotice {

    @Id
    private UUID id;

    private int number;
    private String title;
    private String body;
    private Instant publishedAt;
    private String publishedBy;

    protected PrivacyNotice() {}

    PrivacyNotice(int number, String title, String body, Instant publishedAt, String publishedBy) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.title = title;
        this.body = body;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    PrivacyNoticeView view() {
        return new PrivacyNoticeView(id, number, title, body, publishedAt, publishedBy);
    }

    UUID id() {
        return id;
    }
}
