package io.consentgateway.gateway.subject;

import io.consentgateway.gateway.keys.DataKey;
import io.consentgateway.gateway.keys.DataKeys;
import io.consentgateway.gateway.keys.FieldEncryption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and decrypts one subject; what the caller may see of it is decided by {@link SubjectViews}. */
@Service
@Transactional(readOnly = true)
class SubjectReader {

    private final SubjectRepository subjects;
    private final ChannelSourceRepository sources;
    private final DataKeys dataKeys;
    private final FieldEncryption encryption;

    SubjectReader(
            SubjectRepository subjects,
            ChannelSourceRepository sources,
            DataKeys dataKeys,
            FieldEncryption encryption) {
        this.subjects = subjects;
        this.sources = sources;
        this.dataKeys = dataKeys;
        this.encryption = encryption;
    }

    boolean restricted(UUID subjectId) {
        return subjects.findById(subjectId).map(Subject::restricted).orElse(false);
    }

    Optional<SubjectRecord> read(UUID subjectId) {
        return subjects.findById(subjectId).map(this::decrypt);
    }

    private SubjectRecord decrypt(Subject subject) {
        Optional<DataKey> key = dataKeys.find(subject.id());
        EncryptedProfile stored = subject.profile();
        String birthDate = encryption
                .read(key, SubjectStore.BIRTH_DATE, stored.birthDate())
                .orNull();
        return new SubjectRecord(
                subject.id(),
                key.isEmpty(),
                encryption.read(key, SubjectStore.NAME, stored.name()).orNull(),
                encryption.read(key, SubjectStore.MOBILE, stored.mobile()).orNull(),
                encryption.read(key, SubjectStore.ID_NUMBER, stored.idNumber()).orNull(),
                birthDate == null ? null : LocalDate.parse(birthDate),
                stored.gender(),
                stored.province(),
                stored.city(),
                stored.district(),
                encryption.read(key, SubjectStore.ADDRESS, stored.address()).orNull(),
                encryption.read(key, SubjectStore.EMAIL, stored.email()).orNull(),
                sources.findBySubjectIdOrderByReceivedAt(subject.id()).stream()
                        .map(source ->
                                new SubjectRecord.Source(source.channel(), source.sourceId(), source.receivedAt()))
                        .toList(),
                subject.createdAt(),
                subject.updatedAt());
    }
}
