package com.siteline.followup.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GreetingRepository extends JpaRepository<Greeting, Long>, JpaSpecificationExecutor<Greeting> {

    @Query("select g.customerId from Greeting g where g.businessUnitId = :unit and g.occasionOn = :day")
    List<Long> customersGreetedOn(@Param("unit") long unit, @Param("day") LocalDate day);

    /** The after-sales customers of a unit: those with a return visit due on or after a day, with their name. */
    @Query("select distinct v.customerId, v.customerName from ReturnVisit v where v.businessUnitId = :unit"
            + " and v.customerId is not null and v.dueOn >= :since order by v.customerName")
    List<Object[]> afterSalesCustomers(@Param("unit") long unit, @Param("since") LocalDate since);

    List<Greeting> findByIdIn(Collection<Long> ids);
}
