package io.consentgateway.gateway.subject;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectIdentifierRepository extends JpaRepository<SubjectIdentifier, SubjectIdentifier.Key> {

    List<SubjectIdentifier> findBySubjectId(UUID subjectId);
}
