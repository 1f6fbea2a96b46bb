package com.siteline.privacy.internal;

import com.siteline.privacy.PrivacyStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrivacyRequestRepository extends JpaRepository<PrivacyRequest, Long> {

    List<PrivacyRequest> findByCustomerIdOrderByIdDesc(long customerId);

    List<PrivacyRequest> findByStatusOrderByRequestedAtAsc(PrivacyStatus status);

    List<PrivacyRequest> findTop50ByStatusNotOrderByDecidedAtDesc(PrivacyStatus status);

    boolean existsByCustomerIdAndStatus(long customerId, PrivacyStatus status);
}
