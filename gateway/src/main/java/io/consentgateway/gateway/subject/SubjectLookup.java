package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.policies.validation.MobileNumber;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the live subject a registered mobile belongs to, through its blind index (the mobile is never stored). */
@Service
public class SubjectLookup {

    private final SubjectIdentifierRepository identifiers;
    private final BlindIndex blindIndex;
    private final DataKeys dataKeys;

    SubjectLookup(SubjectIdentifierRepository identifiers, BlindIndex blindIndex, DataKeys dataKeys) {
        this.identifiers = identifiers;
        this.blindIndex = blindIndex;
        this.dataKeys = dataKeys;
    }

    @Transactional(readOnly = true)
    public Optional<UUID> byMobile(MobileNumber mobile) {
        return identifiers
                .findById(new SubjectIdentifier.Key(
                        SubjectIdentifier.MOBILE, blindIndex.of(SubjectStore.MOBILE, mobile.e164())))
                .map(SubjectIdentifier::subjectId)
                .filter(id -> !dataKeys.isErased(id));
    }
}
