package com.siteline.obligation.internal;

import com.siteline.base.AttachmentFile;
import com.siteline.base.InputField;
import com.siteline.obligation.Fulfilment;
import java.time.LocalDate;
import java.util.List;

/**
 * How a manager records an obligation done: an event or meeting held (its day, attendance, evaluation and
 * photos), or a note (evaluation only) for a duty fulfilled outside Siteline.
 */
public record ObligationRecord(
        Fulfilment kind, LocalDate heldOn, Integer attendance, String evaluation, List<AttachmentFile> photos) {

    /** The record's fields, one per record component, as its form binds them and a refusal names them. */
    public enum Field implements InputField {
        KIND,
        HELD_ON,
        ATTENDANCE,
        EVALUATION,
        PHOTOS
    }

    /** At most this many photos of an event. */
    public static final int PHOTOS_MAX = 10;

    public ObligationRecord {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public ObligationRecord(Fulfilment kind, LocalDate heldOn, Integer attendance, String evaluation) {
        this(kind, heldOn, attendance, evaluation, List.of());
    }
}
