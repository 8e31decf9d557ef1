package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.keys.DataKey;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.region.Region;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated, consented profiles: idempotent on (channel, source id), resolves identity by the blind indexes
 * of mobile and ID number, encrypts every personal field under the subject's data key. Runs inside the caller's
 * transaction so the subject, its identifiers and the ingest outcome commit together.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class SubjectStore {

    static final String NAME = "name";
    static final String MOBILE = "mobile";
    static final String ID_NUMBER = "idNumber";
    static final String BIRTH_DATE = "birthDate";
    static final String ADDRESS = "address";
    static final String EMAIL = "email";

    private final SubjectRepository subjects;
    private final SubjectIdentifierRepository identifiers;
    private final ChannelSourceRepository sources;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;

    SubjectStore(
            SubjectRepository subjects,
            SubjectIdentifierRepository identifiers,
            ChannelSourceRepository sources,
            DataKeys dataKeys,
            FieldEncryption encryption,
            BlindIndex blindIndex) {
        this.subjects = subjects;
        this.identifiers = identifiers;
        this.sources = sources;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
    }

    public Admission admit(MemberProfile profile, String channel, String sourceId, Instant receivedAt, boolean minor) {
        ChannelSource.Key sourceKey = new ChannelSource.Key(channel, sourceId);
        Optional<ChannelSource> earlier = sources.findById(sourceKey);
        if (earlier.isPresent()) {
            return new Admission.AlreadyReceived(earlier.get().subjectId());
        }
        SubjectIdentifier.Key mobileKey = new SubjectIdentifier.Key(
                SubjectIdentifier.MOBILE, blindIndex.of(MOBILE, profile.mobile().e164()));
        Optional<SubjectIdentifier.Key> idNumberKey = Optional.ofNullable(profile.idNumber())
                .map(id ->
                        new SubjectIdentifier.Key(SubjectIdentifier.ID_NUMBER, blindIndex.of(ID_NUMBER, id.value())));
        Optional<UUID> byMobile = live(identifiers.findById(mobileKey));
        Optional<UUID> byIdNumber = live(idNumberKey.flatMap(identifiers::findById));
        if (byMobile.isPresent() && byIdNumber.isPresent() && !byMobile.equals(byIdNumber)) {
            return new Admission.IdentityConflict(ID_NUMBER);
        }
        Optional<UUID> existing = byIdNumber.or(() -> byMobile);
        if (existing.isPresent() && idNumberKey.isPresent() && byIdNumber.isEmpty() && hasIdNumber(existing.get())) {
            return new Admission.IdentityConflict(ID_NUMBER);
        }

        UUID subjectId = existing.orElseGet(UUID::randomUUID);
        Subject subject = existing.flatMap(subjects::findById).orElseGet(() -> new Subject(subjectId, receivedAt));
        subject.merge(encrypt(dataKeys.forSubject(subjectId), profile), receivedAt);
        subject.markMinor(minor);
        subjects.save(subject);
        // An identifier of an erased subject now identifies the person who arrived again (with fresh consent).
        if (!byMobile.equals(Optional.of(subjectId))) {
            identifiers.save(new SubjectIdentifier(mobileKey, subjectId));
        }
        if (!byIdNumber.equals(Optional.of(subjectId))) {
            idNumberKey.ifPresent(key -> identifiers.save(new SubjectIdentifier(key, subjectId)));
        }
        sources.save(new ChannelSource(sourceKey, subjectId, receivedAt));
        return new Admission.Stored(subjectId, existing.isEmpty());
    }

    /** The subject an identifier points at, unless that subject was erased. */
    private Optional<UUID> live(Optional<SubjectIdentifier> identifier) {
        return identifier.map(SubjectIdentifier::subjectId).filter(id -> !dataKeys.isErased(id));
    }

    private boolean hasIdNumber(UUID subjectId) {
        return identifiers.findBySubjectId(subjectId).stream()
                .anyMatch(identifier -> identifier.key().kind().equals(SubjectIdentifier.ID_NUMBER));
    }

    private EncryptedProfile encrypt(DataKey key, MemberProfile profile) {
        Region region = profile.region();
        return new EncryptedProfile(
                encryption.encrypt(key, NAME, profile.name().value()),
                encryption.encrypt(key, MOBILE, profile.mobile().e164()),
                profile.idNumber() == null
                        ? null
                        : encryption.encrypt(key, ID_NUMBER, profile.idNumber().value()),
                profile.birthDate() == null
                        ? null
                        : encryption.encrypt(
                                key, BIRTH_DATE, profile.birthDate().toString()),
                profile.gender() == null ? null : profile.gender().name().toLowerCase(Locale.ROOT),
                region == null ? null : region.province(),
                region == null ? null : region.city(),
                region == null ? null : region.district(),
                profile.address() == null ? null : encryption.encrypt(key, ADDRESS, profile.address()),
                profile.email() == null ? null : encryption.encrypt(key, EMAIL, profile.email()));
    }
}
