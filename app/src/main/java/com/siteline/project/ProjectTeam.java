package com.siteline.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Who runs a project, what it is worth and when it is planned to happen and happened. */
public record ProjectTeam(
        String projectManager,
        String designer,
        String agent,
        BigDecimal contractValue,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd) {

    public static ProjectTeam none() {
        return new ProjectTeam(null, null, null, null, null, null, null, null);
    }
}
