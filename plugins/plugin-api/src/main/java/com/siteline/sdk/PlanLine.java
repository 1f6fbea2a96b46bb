package com.siteline.sdk;

import java.util.List;
import java.util.Objects;

/**
 * A line of a project's communication plan (沟通计划) as a variant declares it by default: what is communicated to
 * whom, on which channel, on which rhythm, by whom, and which record shows it was held. A new project's plan starts
 * from these lines; its project manager adapts them and a manager of the unit approves the plan before it is in
 * force. @since 1.6
 *
 * @param id             stable id in kebab-case, unique in the variant; a project's plan keeps it for the line
 * @param goal           what the communication is for (e.g. 让客户了解施工进度)
 * @param content        what it contains
 * @param audience       who hears it: {@link #CUSTOMER} and/or team roles ({@code PROJECT_MANAGER}, {@code DESIGNER},
 *                       {@code AGENT})
 * @param heldBy         the record that shows it was held
 * @param channel        for {@link HeldBy#LOG_ENTRY}: the log entry's channel ({@code PHONE}, {@code WECHAT},
 *                       {@code EMAIL}, {@code VISIT}, {@code MEETING}); null for a weekly report
 * @param rhythm         when it is due
 * @param owner          the team role that holds it ({@code PROJECT_MANAGER}, {@code DESIGNER}, {@code AGENT})
 * @param confirmReceipt whether the customer must confirm they received it
 */
public record PlanLine(
        String id,
        LocalizedText goal,
        LocalizedText content,
        List<String> audience,
        HeldBy heldBy,
        String channel,
        Rhythm rhythm,
        String owner,
        boolean confirmReceipt) {

    /** The audience entry that names the project's customer. */
    public static final String CUSTOMER = "CUSTOMER";

    /** The channels a line held by a log entry may name. */
    public static final List<String> CHANNELS = List.of("PHONE", "WECHAT", "EMAIL", "VISIT", "MEETING");

    /** The record that shows a line's communication was held. */
    public enum HeldBy {
        /** An entry in the communication log of the line's channel, about the project. */
        LOG_ENTRY,
        /** The weekly progress report (每周进度汇报) sent to the customer for the period's week. */
        WEEKLY_REPORT,
        /** A meeting of the project held, its minutes published to every attendee (会议记录). */
        MEETING
    }

    /** What makes a line due. */
    public enum Trigger {
        /** Every {@code everyWeeks} weeks (Monday to Sunday) while the project is in one of {@code stages}. */
        EVERY_WEEKS,
        /** Each time the project enters {@code stage}, due {@code withinDays} days later. */
        STAGE_ENTERED,
        /** When the works are completed, due {@code withinDays} days later. */
        PROJECT_COMPLETED,
        /** When the customer signs {@code stage} off (签字确认), due {@code withinDays} days later. @since 1.7 */
        STAGE_SIGNED
    }

    /**
     * When a line is due.
     *
     * @param stages for {@link Trigger#EVERY_WEEKS}: the stages during which it repeats (empty: until completion)
     * @param stage  for {@link Trigger#STAGE_ENTERED}: the stage entered; for {@link Trigger#STAGE_SIGNED}: the stage
     *               signed off
     */
    public record Rhythm(Trigger trigger, int everyWeeks, List<String> stages, String stage, int withinDays) {

        public Rhythm {
            Objects.requireNonNull(trigger, "trigger");
            stages = stages == null ? List.of() : List.copyOf(stages);
            if (trigger == Trigger.EVERY_WEEKS && (everyWeeks < 1 || everyWeeks > 12)) {
                throw new IllegalArgumentException("a repeating line repeats every 1-12 weeks");
            }
            if ((trigger == Trigger.STAGE_ENTERED || trigger == Trigger.STAGE_SIGNED)
                    && (stage == null || stage.isBlank())) {
                throw new IllegalArgumentException("a stage trigger names its stage");
            }
            if (trigger != Trigger.EVERY_WEEKS && (withinDays < 0 || withinDays > 90)) {
                throw new IllegalArgumentException("a triggered line is due within 0-90 days");
            }
        }

        /** Every {@code weeks} weeks while the project is in one of the stages (none named: until completion). */
        public static Rhythm every(int weeks, String... stages) {
            return new Rhythm(Trigger.EVERY_WEEKS, weeks, List.of(stages), null, 0);
        }

        /** Each time the project enters the stage, due within the days. */
        public static Rhythm onEntering(String stage, int withinDays) {
            return new Rhythm(Trigger.STAGE_ENTERED, 0, List.of(), stage, withinDays);
        }

        /** When the customer signs the stage off, due within the days. @since 1.7 */
        public static Rhythm onSigning(String stage, int withinDays) {
            return new Rhythm(Trigger.STAGE_SIGNED, 0, List.of(), stage, withinDays);
        }

        /** When the works are completed, due within the days. */
        public static Rhythm onCompletion(int withinDays) {
            return new Rhythm(Trigger.PROJECT_COMPLETED, 0, List.of(), null, withinDays);
        }
    }

    public PlanLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(heldBy, "heldBy");
        Objects.requireNonNull(rhythm, "rhythm");
        Objects.requireNonNull(owner, "owner");
        audience = List.copyOf(audience);
        if (heldBy == HeldBy.LOG_ENTRY && (channel == null || channel.isBlank())) {
            throw new IllegalArgumentException("plan line " + id + ": a log entry line names its channel");
        }
        if (heldBy == HeldBy.WEEKLY_REPORT && rhythm.trigger() != Trigger.EVERY_WEEKS) {
            throw new IllegalArgumentException("plan line " + id + ": the weekly report repeats by weeks");
        }
    }

    /** A line with its goal and content in zh-CN and English. */
    public static PlanLine of(
            String id,
            String goalZh,
            String goalEn,
            String contentZh,
            String contentEn,
            List<String> audience,
            HeldBy heldBy,
            String channel,
            Rhythm rhythm,
            String owner,
            boolean confirmReceipt) {
        return new PlanLine(
                id,
                LocalizedText.of(goalZh, goalEn),
                LocalizedText.of(contentZh, contentEn),
                audience,
                heldBy,
                channel,
                rhythm,
                owner,
                confirmReceipt);
    }
}
