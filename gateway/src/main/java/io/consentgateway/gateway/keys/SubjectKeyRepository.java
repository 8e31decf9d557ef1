package io.consentgateway.gateway.keys;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectKeyRepository extends JpaRepository<SubjectKey, UUID> {}
