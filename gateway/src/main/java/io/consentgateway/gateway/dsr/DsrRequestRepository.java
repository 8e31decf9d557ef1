package io.consentgateway.gateway.dsr;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DsrRequestRepository extends JpaRepository<DsrRequest, UUID> {

    List<DsrRequest> findBySubjectIdOrderByReceivedAtDesc(UUID subjectId);

    List<DsrRequest> findByStateInOrderByDueAt(Collection<String> states);
}
