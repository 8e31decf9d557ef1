package io.consentgateway.gateway.keys;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyRotationRepository extends JpaRepository<KeyRotation, UUID> {

    Optional<KeyRotation> findFirstByStatus(String status);
}
