package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.activity.CustomerActivity;
import io.consentgateway.gateway.keys.CryptoShredder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion (PIPL Art. 47): destroy the subject's data key, so every ciphertext of it (the live row, its Envers
 * history, replicas) becomes unreadable; delete the live links that would find or reach the person again (blind
 * identifiers, channel source ids, the customer account binding) and what the person did (orders, check-ins). The subject row stays as an erased marker and the
 * audit facts stay with its pseudonymous id. A person arriving again later is a new subject, admitted only with
 * fresh consent.
 */
@Service
public class SubjectErasure {

    private final CryptoShredder shredder;
    private final SubjectIdentifierRepository identifiers;
    private final ChannelSourceRepository sources;
    private final CustomerAccountRepository accounts;
    private final CustomerActivity activities;
    private final SubjectTraits traits;

    SubjectErasure(
            CryptoShredder shredder,
            SubjectIdentifierRepository identifiers,
            ChannelSourceRepository sources,
            CustomerAccountRepository accounts,
            CustomerActivity activities,
            SubjectTraits traits) {
        this.shredder = shredder;
        this.identifiers = identifiers;
        this.sources = sources;
        this.accounts = accounts;
        this.activities = activities;
        this.traits = traits;
    }

    /** @return what was destroyed, by name and count, for the deletion certificate */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> erase(UUID subjectId) {
        Map<String, Object> destroyed = new LinkedHashMap<>();
        destroyed.put("dataKey", shredder.shred(subjectId) ? "destroyed" : "already destroyed");
        var identifierRows = identifiers.findBySubjectId(subjectId);
        identifiers.deleteAll(identifierRows);
        destroyed.put("blindIdentifiers", identifierRows.size());
        var sourceRows = sources.findBySubjectIdOrderByReceivedAt(subjectId);
        sources.deleteAll(sourceRows);
        destroyed.put("channelSourceIds", sourceRows.size());
        var account = accounts.findBySubjectId(subjectId);
        account.ifPresent(accounts::delete);
        destroyed.put("customerAccountBinding", account.isPresent() ? 1 : 0);
        destroyed.put("ordersAndCheckIns", activities.eraseFor(subjectId));
        destroyed.put("tagsAndTraits", traits.eraseFor(subjectId));
        return destroyed;
    }
}
