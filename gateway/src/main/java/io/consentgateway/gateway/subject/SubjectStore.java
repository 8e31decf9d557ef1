package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.keys.DataKey;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.policies.identity.ChannelIdentityCheck;
import io.consentgateway.policies.identity.ProfileMergeRule;
import io.consentgateway.policies.record.MemberProfile;
import io.consentgateway.policies.region.Region;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated, consented profiles: idempotent on (channel, source id), resolves identity by the blind indexes
 * of ID number, mobile and platform identity (WeChat unionid), applies the conflict rule ({@link ProfileMergeRule}),
 * keeps which source matched how (merge history), and encrypts every personal field under the subject's data key. Runs inside the caller's
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
    private final SubjectTraits traits;
    private final ProfileMergeRule mergeRule = new ProfileMergeRule();

    SubjectStore(
            SubjectRepository subjects,
            SubjectIdentifierRepository identifiers,
            ChannelSourceRepository sources,
            DataKeys dataKeys,
            FieldEncryption encryption,
            BlindIndex blindIndex,
            SubjectTraits traits) {
        this.subjects = subjects;
        this.identifiers = identifiers;
        this.sources = sources;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.traits = traits;
    }

    public Admission admit(MemberProfile profile, Arrival arrival, boolean minor) {
        ChannelSource.Key sourceKey = new ChannelSource.Key(arrival.channel(), arrival.sourceId());
        Optional<ChannelSource> earlier = sources.findById(sourceKey);
        if (earlier.isPresent()) {
            return new Admission.AlreadyReceived(earlier.get().subjectId());
        }
        Map<String, SubjectIdentifier.Key> keys = identifierKeys(profile, arrival);
        Map<String, UUID> matches = new LinkedHashMap<>();
        keys.forEach((kind, key) -> live(identifiers.findById(key)).ifPresent(id -> matches.put(kind, id)));
        Set<UUID> candidates = new HashSet<>(matches.values());
        if (candidates.size() > 1) {
            return new Admission.IdentityConflict(conflictField(matches));
        }
        Optional<UUID> existing = candidates.stream().findFirst();
        if (existing.isPresent()
                && keys.containsKey(SubjectIdentifier.ID_NUMBER)
                && !matches.containsKey(SubjectIdentifier.ID_NUMBER)
                && hasIdNumber(existing.get())) {
            return new Admission.IdentityConflict(ID_NUMBER);
        }

        UUID subjectId = existing.orElseGet(UUID::randomUUID);
        Subject subject = existing.flatMap(subjects::findById)
                .orElseGet(() -> new Subject(subjectId, arrival.receivedAt(), arrival.trust()));
        ProfileMergeRule.Effect effect = existing.isEmpty()
                ? ProfileMergeRule.Effect.CREATED
                : mergeRule.merge(subject.profileTrust(), arrival.trust());
        subject.merge(
                encrypt(dataKeys.forSubject(subjectId), profile),
                arrival.receivedAt(),
                effect,
                mergeRule.after(subject.profileTrust(), arrival.trust()));
        subject.markMinor(minor);
        subjects.save(subject);
        if (profile.birthDate() != null) {
            traits.recordBirthYear(
                    subjectId, profile.birthDate().getYear(), effect != ProfileMergeRule.Effect.GAPS_FILLED);
        }
        // An identifier of an erased subject now identifies the person who arrived again (with fresh consent).
        keys.forEach((kind, key) -> {
            if (!subjectId.equals(matches.get(kind))) {
                identifiers.save(new SubjectIdentifier(key, subjectId));
            }
        });
        String matchedBy =
                existing.isEmpty() ? "new" : matches.keySet().iterator().next();
        sources.save(new ChannelSource(sourceKey, subjectId, arrival.receivedAt(), matchedBy, effect.label()));
        return new Admission.Stored(subjectId, existing.isEmpty());
    }

    /** Blind-index keys of the arrival's identifiers, strongest first: ID number, mobile, platform identities. */
    private Map<String, SubjectIdentifier.Key> identifierKeys(MemberProfile profile, Arrival arrival) {
        Map<String, SubjectIdentifier.Key> keys = new LinkedHashMap<>();
        if (profile.idNumber() != null) {
            keys.put(
                    SubjectIdentifier.ID_NUMBER,
                    new SubjectIdentifier.Key(
                            SubjectIdentifier.ID_NUMBER,
                            blindIndex.of(ID_NUMBER, profile.idNumber().value())));
        }
        if (profile.mobile() != null) {
            keys.put(
                    SubjectIdentifier.MOBILE,
                    new SubjectIdentifier.Key(
                            SubjectIdentifier.MOBILE,
                            blindIndex.of(MOBILE, profile.mobile().e164())));
        }
        String unionId = arrival.channelIdentities().get(ChannelIdentityCheck.WECHAT_UNION_ID);
        if (unionId != null) {
            keys.put(
                    SubjectIdentifier.WECHAT_UNION_ID,
                    new SubjectIdentifier.Key(
                            SubjectIdentifier.WECHAT_UNION_ID,
                            blindIndex.of(ChannelIdentityCheck.WECHAT_UNION_ID, unionId)));
        }
        return keys;
    }

    /** Identifiers that point at different subjects: a human decides. The ID number is named when it is involved. */
    private static String conflictField(Map<String, UUID> matches) {
        return matches.containsKey(SubjectIdentifier.ID_NUMBER) ? ID_NUMBER : ChannelIdentityCheck.WECHAT_UNION_ID;
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
                profile.mobile() == null
                        ? null
                        : encryption.encrypt(key, MOBILE, profile.mobile().e164()),
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
