package io.consentgateway.gateway.consent;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentEventRepository extends JpaRepository<ConsentEvent, UUID> {

    List<ConsentEvent> findBySubjectIdOrderByRecordedAt(UUID subjectId);
}
