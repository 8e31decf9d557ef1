package io.consentgateway.gateway.subject;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, String> {

    Optional<CustomerAccount> findBySubjectId(UUID subjectId);
}
