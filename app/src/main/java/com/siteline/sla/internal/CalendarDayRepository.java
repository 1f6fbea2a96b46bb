package com.siteline.sla.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CalendarDayRepository extends JpaRepository<CalendarDayRow, LocalDate> {

    List<CalendarDayRow> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    boolean existsByDayBetween(LocalDate from, LocalDate to);

    @Modifying
    @Query("delete from CalendarDayRow d where d.day between :from and :to")
    int deleteYear(LocalDate from, LocalDate to);
}
