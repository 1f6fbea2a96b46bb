package com.siteline.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerMessageRepository
        extends JpaRepository<CustomerMessageRow, Long>, JpaSpecificationExecutor<CustomerMessageRow> {

    List<CustomerMessageRow> findByCustomerIdOrderByCreatedAtDesc(long customerId);
}
