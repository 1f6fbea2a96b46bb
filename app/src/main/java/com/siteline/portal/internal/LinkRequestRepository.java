package com.siteline.portal.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LinkRequestRepository extends JpaRepository<LinkRequestRow, Long> {

    long countByAddressHashAndAtAfter(String addressHash, Instant after);

    long countByCustomerIdAndAtAfter(long customerId, Instant after);
}
