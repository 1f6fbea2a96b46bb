package com.siteline.portal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalAccessRepository extends JpaRepository<PortalAccessRow, Long> {

    Optional<PortalAccessRow> findByTokenHash(String tokenHash);

    List<PortalAccessRow> findByCustomerIdOrderByCreatedAtDesc(long customerId);
}
