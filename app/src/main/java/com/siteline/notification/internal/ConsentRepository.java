package com.siteline.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<ConsentRow, Long> {

    List<ConsentRow> findByCustomerIdOrderByRecordedAtDescIdDesc(long customerId);
}
