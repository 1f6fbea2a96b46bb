package com.siteline.job;

import java.math.BigDecimal;

/**
 * What a step of a job needs: a technician or crew to dispatch; the quote the customer accepted (out of warranty);
 * the work done, materials and charge on completion; the name the customer confirmed with.
 */
public record JobStep(String technician, BigDecimal quote, boolean quoteAccepted, String workDone, String materials,
        BigDecimal charge, String confirmedBy) {

    public static JobStep dispatch(String technician) {
        return new JobStep(technician, null, false, null, null, null, null);
    }

    public static JobStep none() {
        return new JobStep(null, null, false, null, null, null, null);
    }
}
