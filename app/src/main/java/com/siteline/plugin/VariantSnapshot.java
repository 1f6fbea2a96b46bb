package com.siteline.plugin;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.FollowUpSchedule;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.PauseReason;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sdk.ResponseTimeDefault;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.SurveyTemplate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a variant declares besides its forms and checklists (which are stored one version at a
 * time), as last registered: what the core knows of a variant even while its plugin is stopped.
 */
public record VariantSnapshot(
        String id,
        LocalizedText name,
        String iconName,
        List<String> expectedRoles,
        List<StageDefinition> stages,
        List<IssueCategory> issueCategories,
        List<ResponseTimeDefault> responseTimeDefaults,
        List<FollowUpSchedule> followUpSchedules,
        List<RecurringObligation> recurringObligations,
        List<SurveyTemplate> surveys,
        List<PauseReason> pauseReasons,
        String completionStage) {

    public VariantSnapshot {
        // snapshots stored before SDK 1.2 have no pause reasons, before 1.5 no completion stage
        pauseReasons = pauseReasons == null ? List.of() : List.copyOf(pauseReasons);
    }

    /** The stage whose acceptance completes the works: the variant's own choice, else its last stage. */
    public String completionStageId() {
        return completionStage != null && stage(completionStage).isPresent()
                ? completionStage
                : stages.getLast().id();
    }

    static VariantSnapshot of(BusinessVariant variant) {
        return new VariantSnapshot(
                variant.id(),
                variant.name(),
                variant.iconName(),
                variant.expectedRoles(),
                variant.stages(),
                variant.issueCategories(),
                variant.responseTimeDefaults(),
                variant.followUpSchedules(),
                variant.recurringObligations(),
                variant.surveys(),
                variant.pauseReasons(),
                variant.completionStage());
    }

    public Optional<StageDefinition> stage(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    /** The stage after the given one, empty for the last. */
    public Optional<StageDefinition> after(String stageId) {
        for (int i = 0; i < stages.size() - 1; i++) {
            if (stages.get(i).id().equals(stageId)) {
                return Optional.of(stages.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
