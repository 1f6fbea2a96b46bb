package com.siteline.plan;

import com.siteline.customer.Channel;
import com.siteline.sdk.PlanLine;
import java.util.LinkedHashSet;
import java.util.List;

/** A line of a plan version as the project page shows it. */
public record PlanLineView(
        String key,
        String goal,
        String content,
        List<String> audience,
        PlanLine.HeldBy heldBy,
        Channel channel,
        PlanLine.Trigger trigger,
        Integer everyWeeks,
        List<String> stages,
        String stage,
        Integer withinDays,
        String owner,
        boolean confirmReceipt) {

    /** The line as a draft to edit. */
    public PlanLineDraft draft() {
        return new PlanLineDraft(
                goal,
                content,
                new LinkedHashSet<>(audience),
                heldBy,
                channel,
                trigger,
                everyWeeks,
                new LinkedHashSet<>(stages),
                stage,
                withinDays,
                owner,
                confirmReceipt);
    }
}
