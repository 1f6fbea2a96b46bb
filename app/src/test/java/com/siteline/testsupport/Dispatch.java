package com.siteline.testsupport;

import com.siteline.job.JobStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A dispatch for tests: to a demo technician for tomorrow 09:00–11:00 on the units' clock (Shanghai). */
public final class Dispatch {

    private Dispatch() {}

    public static JobStep to(String technician, String quote) {
        return JobStep.dispatch(
                technician,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(11, 0),
                quote == null ? null : new BigDecimal(quote));
    }
}
