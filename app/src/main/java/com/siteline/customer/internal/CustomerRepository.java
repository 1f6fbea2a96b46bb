package com.siteline.customer.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    List<Customer> findByPhoneAndBusinessUnitIdIn(String phone, Collection<Long> businessUnitIds);

    List<Customer> findByPhone2AndBusinessUnitIdIn(String phone, Collection<Long> businessUnitIds);
}
