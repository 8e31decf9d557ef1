package io.consentgateway.gateway.ingest;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedRecordRepository extends JpaRepository<QuarantinedRecord, UUID> {}
