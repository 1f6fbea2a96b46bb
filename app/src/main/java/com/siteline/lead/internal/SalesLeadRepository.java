package com.siteline.lead.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesLeadRepository extends JpaRepository<SalesLead, Long> {

    List<SalesLead> findAllByOrderByUpdatedAtDesc();

    Optional<SalesLead> findFirstByCustomerId(long customerId);
}
