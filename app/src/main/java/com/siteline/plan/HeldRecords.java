package com.siteline.plan;

import com.siteline.sdk.PlanLine;
import java.util.List;

/**
 * Where the records of one kind that hold planned communication are kept (the portal module declares the weekly
 * reports' as a bean): a task made after its record (a report sent before the timer ran) is held by it from the
 * start, and an owner matches one by hand.
 */
public interface HeldRecords {

    PlanLine.HeldBy kind();

    /** The project's records of this kind, oldest first. */
    List<HeldRecord> of(long projectId);
}
