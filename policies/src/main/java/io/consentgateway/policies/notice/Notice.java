package io.consentgateway.policies.notice;

import io.consentgateway.policies.consent.Purpose;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of the privacy notice, complete in both languages: the handler and how to reach it, the
 * personal information protection officer (Art. 52), every purpose with its methods, categories and retention, how to
 * exercise the rights, and what changed since the previous version (PIPL Art. 17). Built by {@link NoticeCheck}.
 */
public record Notice(
        int version,
        NoticeText handlerName,
        NoticeText handlerContact,
        NoticeText protectionOfficerContact,
        List<PurposeNotice> purposes,
        NoticeText rights,
        NoticeText changesSummary) {

    public Notice {
        if (version < 1) {
            throw new IllegalArgumentException("notice versions start at 1: " + version);
        }
        Objects.requireNonNull(handlerName, "handlerName");
        Objects.requireNonNull(handlerContact, "handlerContact");
        Objects.requireNonNull(protectionOfficerContact, "protectionOfficerContact");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(changesSummary, "changesSummary");
        purposes = List.copyOf(purposes);
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("a notice covers at least one purpose");
        }
        Set<Purpose> seen = new HashSet<>();
        for (PurposeNotice section : purposes) {
            if (!seen.add(section.purpose())) {
                throw new IllegalArgumentException("purpose " + section.purpose() + " appears twice");
            }
        }
    }

    Optional<PurposeNotice> section(Purpose purpose) {
        return purposes.stream()
                .filter(section -> section.purpose().equals(purpose))
                .findFirst();
    }
}
