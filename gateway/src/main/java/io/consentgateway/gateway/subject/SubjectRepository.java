package io.consentgateway.gateway.subject;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectRepository extends JpaRepository<Subject, UUID> {}
