package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConfirmationRepository extends JpaRepository<ConfirmationRow, Long> {

    List<ConfirmationRow> findByProjectIdOrderByRequestedAtDesc(long projectId);

    List<ConfirmationRow> findByCustomerIdAndStateOrderByRequestedAtAsc(long customerId, ConfirmationRow.State state);

    List<ConfirmationRow> findByCustomerIdOrderByRequestedAtDesc(long customerId);
}
