package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.keys.BlindIndex;
import io.consentgateway.gateway.keys.DataKey;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import io.consentgateway.gateway.system.FieldProblem;
import io.consentgateway.policies.validation.MobileNumber;
import io.consentgateway.policies.validation.MobileNumberNormaliser;
import io.consentgateway.policies.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correction (PIPL Art. 46): the subject's corrected values, validated as at ingest, re-encrypted under the subject's
 * key; a new mobile also moves the blind identifier so the person is found under the right number.
 */
@Service
public class SubjectCorrections {

    private final SubjectRepository subjects;
    private final SubjectIdentifierRepository identifiers;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;
    private final BlindIndex blindIndex;
    private final Clock clock;
    private final MobileNumberNormaliser mobiles = new MobileNumberNormaliser();

    SubjectCorrections(
            SubjectRepository subjects,
            SubjectIdentifierRepository identifiers,
            DataKeys dataKeys,
            FieldEncryption encryption,
            BlindIndex blindIndex,
            Clock clock) {
        this.subjects = subjects;
        this.identifiers = identifiers;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    /**
     * @return the names of the corrected fields
     * @throws FieldProblem 400 naming the first invalid field ({@code corrections.mobile}, ...)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> apply(UUID subjectId, Map<String, String> corrections) {
        Subject subject = subjects.findById(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.NOT_FOUND, "subjectId", "No such subject"));
        DataKey key = dataKeys.find(subjectId)
                .orElseThrow(() -> new FieldProblem(HttpStatus.CONFLICT, "subjectId", "This customer was erased"));
        List<String> corrected = new ArrayList<>();
        for (Map.Entry<String, String> correction : corrections.entrySet()) {
            String field = correction.getKey();
            String value =
                    correction.getValue() == null ? "" : correction.getValue().strip();
            switch (field) {
                case SubjectStore.NAME -> {
                    require(!value.isEmpty() && value.length() <= 64, field);
                    subject.correctName(encryption.encrypt(key, SubjectStore.NAME, value));
                }
                case SubjectStore.EMAIL -> {
                    require(value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && value.length() <= 254, field);
                    subject.correctEmail(encryption.encrypt(key, SubjectStore.EMAIL, value));
                }
                case SubjectStore.ADDRESS -> {
                    require(!value.isEmpty() && value.length() <= 256, field);
                    subject.correctAddress(encryption.encrypt(key, SubjectStore.ADDRESS, value));
                }
                case SubjectStore.MOBILE -> correctMobile(subject, key, value);
                default ->
                    throw new FieldProblem(
                            HttpStatus.BAD_REQUEST, "corrections." + field, "This field cannot be corrected here");
            }
            corrected.add(field);
        }
        subject.touch(clock.instant());
        return corrected;
    }

    private void correctMobile(Subject subject, DataKey key, String raw) {
        if (!(mobiles.normalise("mobile", raw) instanceof Validated.Valid<MobileNumber> valid)) {
            throw invalid(SubjectStore.MOBILE);
        }
        MobileNumber mobile = valid.value();
        SubjectIdentifier.Key newKey =
                new SubjectIdentifier.Key(SubjectIdentifier.MOBILE, blindIndex.of(SubjectStore.MOBILE, mobile.e164()));
        identifiers.findById(newKey).ifPresent(existing -> {
            if (!existing.subjectId().equals(subject.id()) && !dataKeys.isErased(existing.subjectId())) {
                throw new FieldProblem(
                        HttpStatus.CONFLICT, "corrections.mobile", "This mobile belongs to another customer");
            }
            identifiers.delete(existing);
        });
        identifiers.findBySubjectId(subject.id()).stream()
                .filter(identifier -> identifier.key().kind().equals(SubjectIdentifier.MOBILE))
                .forEach(identifiers::delete);
        identifiers.flush();
        identifiers.save(new SubjectIdentifier(newKey, subject.id()));
        subject.correctMobile(encryption.encrypt(key, SubjectStore.MOBILE, mobile.e164()));
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            throw invalid(field);
        }
    }

    private static FieldProblem invalid(String field) {
        return new FieldProblem(HttpStatus.BAD_REQUEST, "corrections." + field, "Invalid value for " + field);
    }
}
