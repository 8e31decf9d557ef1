package io.consentgateway.gateway.ingest;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedRecordRepository extends JpaRepository<QuarantinedRecord, UUID> {

    List<QuarantinedRecord> findByKekIdNot(String kekId, Limit limit);
}
