package io.consentgateway.gateway.subject;

import io.consentgateway.api.model.SubjectView;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the gateway holds on one subject, in clear, for the subject's own access and export request (PIPL Art. 45).
 * Nothing else may call this: it bypasses masking because the reader is the person the data is about.
 */
@Service
public class SubjectDossier {

    private final SubjectReader reader;
    private final SubjectViews views;

    SubjectDossier(SubjectReader reader, SubjectViews views) {
        this.reader = reader;
        this.views = views;
    }

    public Optional<Dossier> of(UUID subjectId) {
        return reader.read(subjectId)
                .map(record -> new Dossier(
                        views.full(record),
                        record.sources().stream()
                                .map(source -> new Source(
                                        source.channel(),
                                        source.sourceId(),
                                        source.receivedAt().toString()))
                                .toList()));
    }

    /** A restricted subject in full, for the compliance officer who must read held records (Art. 47). */
    public Optional<SubjectView> heldProfile(UUID subjectId) {
        if (!reader.restricted(subjectId)) {
            return Optional.empty();
        }
        return reader.read(subjectId).map(views::full);
    }

    /** The profile as the subject sees it, and where the data came from. */
    public record Dossier(SubjectView profile, List<Source> sources) {

        @Override
        public String toString() {
            return "Dossier[redacted]";
        }
    }

    public record Source(String channel, String sourceId, String receivedAt) {}
}
