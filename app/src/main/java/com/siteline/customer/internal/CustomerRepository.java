package com.siteline.customer.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    java.util.List<Customer> findByBusinessUnitIdAndTierOrderById(
            long businessUnitId, com.siteline.sla.CustomerTier tier, org.springframework.data.domain.Pageable page);

    List<Customer> findByPhoneAndBusinessUnitIdIn(String phone, Collection<Long> businessUnitIds);

    @org.springframework.data.jpa.repository.Query("select c.id, c.name from Customer c where c.businessUnitId = :unit")
    List<Object[]> namesOfUnit(@org.springframework.data.repository.query.Param("unit") long unit);

    List<Customer> findByPhone2AndBusinessUnitIdIn(String phone, Collection<Long> businessUnitIds);

    /** Customers with this phone number (either) or e-mail address (any case), of every unit. */
    @org.springframework.data.jpa.repository.Query(
            "select c.id from Customer c where (:phone is not null and (c.phone = :phone or c.phone2 = :phone))"
                    + " or (:email is not null and lower(c.email) = :email) order by c.id")
    List<Long> idsByContact(String phone, String email);
}
