package com.siteline.plan;

import com.siteline.base.InputProblems;
import com.siteline.organization.OrganizationService;
import com.siteline.project.ProjectService;
import com.siteline.sdk.PlanLine;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a plan line must be to be stored: each problem on the field it concerns. */
@Component
class PlanLineChecks {

    private final ProjectService projects;
    private final OrganizationService organization;

    PlanLineChecks(ProjectService projects, OrganizationService organization) {
        this.projects = projects;
        this.organization = organization;
    }

    /** The problems of a line for a plan of the project, each on its field; none when it can be stored. */
    InputProblems problemsOf(PlanLineDraft line, long projectId, long businessUnitId) {
        InputProblems problems = new InputProblems();
        if (line.goal() == null || line.goal().isBlank()) {
            problems.add(PlanLineDraft.Field.GOAL, "plan.error.goal");
        }
        problems.maxLength(
                PlanLineDraft.Field.GOAL, line.goal(), CommunicationPlans.GOAL_MAX, "plan.error.goal-length");
        if (line.content() == null || line.content().isBlank()) {
            problems.add(PlanLineDraft.Field.CONTENT, "plan.error.content");
        }
        problems.maxLength(
                PlanLineDraft.Field.CONTENT,
                line.content(),
                CommunicationPlans.CONTENT_MAX,
                "plan.error.content-length");
        if (line.audience().isEmpty()
                || !line.audience().stream()
                        .allMatch(a -> a.equals(PlanLine.CUSTOMER) || CommunicationPlans.TEAM_ROLES.contains(a))) {
            problems.add(PlanLineDraft.Field.AUDIENCE, "plan.error.audience");
        }
        if (line.heldBy() == null) {
            problems.add(PlanLineDraft.Field.HELD_BY, "plan.error.held-by");
        } else if (line.heldBy() == PlanLine.HeldBy.LOG_ENTRY
                && (line.channel() == null || !CommunicationPlans.LINE_CHANNELS.contains(line.channel()))) {
            problems.add(PlanLineDraft.Field.CHANNEL, "plan.error.channel");
        } else if (line.heldBy() == PlanLine.HeldBy.WEEKLY_REPORT) {
            if (line.trigger() != null && line.trigger() != PlanLine.Trigger.EVERY_WEEKS) {
                problems.add(PlanLineDraft.Field.TRIGGER, "plan.error.report-weekly");
            }
            if (!line.audience().contains(PlanLine.CUSTOMER)) {
                problems.add(PlanLineDraft.Field.AUDIENCE, "plan.error.report-customer");
            }
        }
        List<String> stages = projects.variantOf(projectId).stages().stream()
                .map(StageDefinition::id)
                .toList();
        if (line.trigger() == null) {
            problems.add(PlanLineDraft.Field.TRIGGER, "plan.error.trigger");
        } else {
            switch (line.trigger()) {
                case EVERY_WEEKS -> {
                    if (line.everyWeeks() == null || line.everyWeeks() < 1 || line.everyWeeks() > 12) {
                        problems.add(PlanLineDraft.Field.EVERY_WEEKS, "plan.error.every-weeks");
                    }
                    if (!stages.containsAll(line.stages())) {
                        problems.add(PlanLineDraft.Field.STAGES, "plan.error.stage");
                    }
                }
                case STAGE_ENTERED, STAGE_SIGNED, PROJECT_COMPLETED -> {
                    if (line.trigger() != PlanLine.Trigger.PROJECT_COMPLETED && !stages.contains(line.stage())) {
                        problems.add(PlanLineDraft.Field.STAGE, "plan.error.stage");
                    }
                    if (line.withinDays() == null || line.withinDays() < 0 || line.withinDays() > 90) {
                        problems.add(PlanLineDraft.Field.WITHIN_DAYS, "plan.error.within-days");
                    }
                }
            }
        }
        if (line.owner() == null
                || (!CommunicationPlans.TEAM_ROLES.contains(line.owner())
                        && !organization.unitNamesOf(line.owner()).containsKey(businessUnitId))) {
            problems.add(PlanLineDraft.Field.OWNER, "plan.error.owner");
        }
        return problems;
    }
}
