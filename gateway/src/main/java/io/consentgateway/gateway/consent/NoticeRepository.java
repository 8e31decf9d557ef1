package io.consentgateway.gateway.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<NoticeRow, Integer> {

    List<NoticeRow> findAllByOrderByVersion();
}
