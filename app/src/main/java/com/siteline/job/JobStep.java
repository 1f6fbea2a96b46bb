package com.siteline.job;

import com.siteline.base.AttachmentFile;
import com.siteline.base.InputField;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a step of a job needs: to dispatch, the technician (a user name) and the appointment window agreed with the
 * customer (a day, from, to), and out of warranty the quote the customer accepted; the work done, materials, charge
 * and photos on completion; the name the customer confirmed with.
 */
public record JobStep(
        String technician,
        BigDecimal quote,
        boolean quoteAccepted,
        String workDone,
        String materials,
        BigDecimal charge,
        String confirmedBy,
        List<AttachmentFile> photos,
        java.time.LocalDate appointmentDay,
        java.time.LocalTime appointmentFrom,
        java.time.LocalTime appointmentTo) {

    /** The step's fields, one per record component, as its form binds them and a refusal names them. */
    public enum Field implements InputField {
        TECHNICIAN,
        QUOTE,
        QUOTE_ACCEPTED,
        WORK_DONE,
        MATERIALS,
        CHARGE,
        CONFIRMED_BY,
        PHOTOS,
        APPOINTMENT_DAY,
        APPOINTMENT_FROM,
        APPOINTMENT_TO
    }

    /** At most this many photos of a completion. */
    public static final int PHOTOS_MAX = 10;

    public JobStep {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /**
     * To a technician (their user name) for a window on a day, in the job's unit's calendar zone; out of warranty, with
     * the quote the customer accepted (null when in warranty or accepted before).
     */
    public static JobStep dispatch(
            String technician,
            java.time.LocalDate day,
            java.time.LocalTime from,
            java.time.LocalTime to,
            BigDecimal quote) {
        return new JobStep(technician, quote, quote != null, null, null, null, null, List.of(), day, from, to);
    }

    public static JobStep none() {
        return new JobStep(null, null, false, null, null, null, null, List.of(), null, null, null);
    }
}
