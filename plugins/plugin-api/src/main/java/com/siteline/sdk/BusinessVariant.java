package com.siteline.sdk;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A business variant (业务类型) such as exterior-wall painting: what one plugin contributes. Only
 * {@link #id()}, {@link #name()} and {@link #stages()} are required (API 1.0); everything added in
 * 1.1 to 1.6 has a default, so older plugins keep loading.
 *
 * <p>Implementations are plain Java: their constructor takes nothing or the SDK's {@link PluginContext}
 * (the host refuses an extension that asks for anything else), and they must not depend on Spring, JPA or
 * Vaadin types. Keep them declarative: data, plus the two small hooks at the end where data is not enough.
 */
public interface BusinessVariant extends ExtensionPoint {

    /** Stable id in kebab-case, equal to the plugin id, e.g. {@code exterior-painting}. */
    String id();

    /** The variant's name in zh-CN and English. */
    LocalizedText name();

    /** The project stages in pipeline order; never empty, ids unique. */
    List<StageDefinition> stages();

    /** A Vaadin icon name for menus and badges, e.g. {@code vaadin:paintbrush}. @since 1.1 */
    default String iconName() {
        return "vaadin:briefcase";
    }

    /** The roles the variant's work expects (names of the host's roles, e.g. PROJECT_MANAGER). @since 1.1 */
    default List<String> expectedRoles() {
        return List.of("AGENT");
    }

    /** Forms the stages refer to. @since 1.1 */
    default List<FormSpec> forms() {
        return List.of();
    }

    /** Checklists the stages refer to. @since 1.1 */
    default List<ChecklistTemplate> checklists() {
        return List.of();
    }

    /** Issue categories added to the core ones. @since 1.1 */
    default List<IssueCategory> issueCategories() {
        return List.of();
    }

    /** Default response-time rules; admins may override them. @since 1.1 */
    /**
     * The stage whose acceptance completes the works (竣工): when a project leaves it, its completion is stamped,
     * and warranty terms, return visits after completion and the completion survey count from then on. Stages
     * after it (warranty service, return visits) are walked as usual. Null (the default): the last stage.
     * @since 1.5
     */
    default String completionStage() {
        return null;
    }

    /** Reasons an issue of this variant waits on the customer (the clock stops); the core has "reply". @since 1.2 */
    default List<PauseReason> pauseReasons() {
        return List.of();
    }

    default List<ResponseTimeDefault> responseTimeDefaults() {
        return List.of();
    }

    /** Return-visit schedules. @since 1.1 */
    default List<FollowUpSchedule> followUpSchedules() {
        return List.of();
    }

    /** Calendar obligations (summaries, reports). @since 1.1 */
    default List<RecurringObligation> recurringObligations() {
        return List.of();
    }

    /**
     * The default communication plan (沟通计划) of a project of this variant: a new project's plan starts from it.
     * @since 1.6
     */
    default List<PlanLine> communicationPlan() {
        return List.of();
    }

    /** Satisfaction surveys. @since 1.1 */
    default List<SurveyTemplate> surveys() {
        return List.of();
    }

    /**
     * Warranty periods per trade of a completed project; none: the host's default period for the whole
     * project. @since 1.4
     */
    default List<WarrantyTerm> warrantyTerms() {
        return List.of();
    }

    /**
     * Checks across fields the spec cannot express (e.g. an end date after a start date). Answers are
     * keyed by field id, typed as {@link FieldType} says. @since 1.1
     */
    default List<FieldProblem> validate(String formId, Map<String, Object> answers) {
        return List.of();
    }

    /**
     * Values derived from the answers, keyed by field id, written into the form when it is saved
     * (e.g. paint quantity from area). @since 1.1
     */
    default Map<String, Object> derive(String formId, Map<String, Object> answers) {
        return Map.of();
    }
}
