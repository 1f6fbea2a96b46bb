package com.siteline.plan;

import com.siteline.base.InputField;
import com.siteline.customer.Channel;
import com.siteline.sdk.PlanLine;
import java.util.Set;

/**
 * A plan line as the project manager writes it.
 *
 * @param audience   {@code CUSTOMER} and/or team roles ({@link CommunicationPlans#TEAM_ROLES})
 * @param channel    for a line held by a log entry: the entry's channel
 * @param everyWeeks for a repeating line: every how many weeks (1-12)
 * @param stages     for a repeating line: the stages it repeats in (none: until completion)
 * @param stage      for a line on entering a stage: the stage
 * @param withinDays for a triggered line: due this many days after the trigger (0-90)
 * @param owner      a team role ({@link CommunicationPlans#TEAM_ROLES}) or a user of the project's unit
 */
public record PlanLineDraft(
        String goal,
        String content,
        Set<String> audience,
        PlanLine.HeldBy heldBy,
        Channel channel,
        PlanLine.Trigger trigger,
        Integer everyWeeks,
        Set<String> stages,
        String stage,
        Integer withinDays,
        String owner,
        boolean confirmReceipt) {

    public PlanLineDraft {
        audience = audience == null ? Set.of() : Set.copyOf(audience);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    /** The fields a line's problems are named by. */
    public enum Field implements InputField {
        GOAL,
        CONTENT,
        AUDIENCE,
        HELD_BY,
        CHANNEL,
        TRIGGER,
        EVERY_WEEKS,
        STAGES,
        STAGE,
        WITHIN_DAYS,
        OWNER,
        CONFIRM_RECEIPT
    }
}
