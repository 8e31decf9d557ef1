package io.consentgateway.gateway.subject;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelSourceRepository extends JpaRepository<ChannelSource, ChannelSource.Key> {

    List<ChannelSource> findBySubjectIdOrderByReceivedAt(UUID subjectId);
}
