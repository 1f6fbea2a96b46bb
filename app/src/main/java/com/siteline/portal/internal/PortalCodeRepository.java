package com.siteline.portal.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalCodeRepository extends JpaRepository<PortalCodeRow, Long> {

    List<PortalCodeRow> findByAccessIdAndPurposeOrderByCreatedAtDesc(long accessId, String purpose);

    long countByAccessIdAndCreatedAtAfter(long accessId, Instant since);
}
