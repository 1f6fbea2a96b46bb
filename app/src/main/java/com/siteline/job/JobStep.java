package com.siteline.job;

import com.siteline.base.AttachmentFile;
import com.siteline.base.InputField;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a step of a job needs: a technician or crew to dispatch; the quote the customer accepted (out of warranty);
 * the work done, materials, charge and photos on completion; the name the customer confirmed with.
 */
public record JobStep(
        String technician,
        BigDecimal quote,
        boolean quoteAccepted,
        String workDone,
        String materials,
        BigDecimal charge,
        String confirmedBy,
        List<AttachmentFile> photos) {

    /** The step's fields, one per record component, as its form binds them and a refusal names them. */
    public enum Field implements InputField {
        TECHNICIAN,
        QUOTE,
        QUOTE_ACCEPTED,
        WORK_DONE,
        MATERIALS,
        CHARGE,
        CONFIRMED_BY,
        PHOTOS
    }

    /** At most this many photos of a completion. */
    public static final int PHOTOS_MAX = 10;

    public JobStep {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public JobStep(
            String technician,
            BigDecimal quote,
            boolean quoteAccepted,
            String workDone,
            String materials,
            BigDecimal charge,
            String confirmedBy) {
        this(technician, quote, quoteAccepted, workDone, materials, charge, confirmedBy, List.of());
    }

    public static JobStep dispatch(String technician) {
        return new JobStep(technician, null, false, null, null, null, null);
    }

    public static JobStep none() {
        return new JobStep(null, null, false, null, null, null, null);
    }
}
