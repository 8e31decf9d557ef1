package io.consentgateway.gateway.keys;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectKeyRepository extends JpaRepository<SubjectKey, UUID> {

    /** Live keys still wrapped by another KEK than {@code kekId}: the work left for a rotation. */
    List<SubjectKey> findByKekIdNotAndWrappedKeyIsNotNullOrderBySubjectId(String kekId, Limit limit);

    List<SubjectKey> findByErasureShardAndWrappedKeyIsNotNull(Integer erasureShard);

    long countByKekIdNotAndWrappedKeyIsNotNull(String kekId);
}
