package com.siteline.sla.internal;

import com.siteline.sla.CalendarDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "calendar_day")
public class CalendarDayRow {

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CalendarDay.Kind kind;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    protected CalendarDayRow() {}

    public CalendarDayRow(CalendarDay day, String importedBy) {
        this.day = day.date();
        this.kind = day.kind();
        this.name = day.name().length() > 120 ? day.name().substring(0, 120) : day.name();
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
    }

    public CalendarDay toDay() {
        return new CalendarDay(day, kind, name);
    }
}
