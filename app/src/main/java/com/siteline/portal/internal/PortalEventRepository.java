package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalEventRepository extends JpaRepository<PortalEventRow, Long> {

    List<PortalEventRow> findByCustomerIdOrderByAtDescIdDesc(long customerId, Pageable page);

    java.util.Optional<PortalEventRow> findFirstByCustomerIdAndKindOrderByAtDesc(long customerId, String kind);
}
