package io.consentgateway.gateway.keys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeyRepository extends JpaRepository<SigningKey, String> {

    Optional<SigningKey> findFirstByAlgorithmOrderByCreatedAtDesc(String algorithm);

    List<SigningKey> findByKekIdNot(String kekId);
}
