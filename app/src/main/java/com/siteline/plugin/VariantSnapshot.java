package com.siteline.plugin;

import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import java.util.Optional;

/**
 * A variant's name and stage pipeline as last registered: what the core shows of a variant even
 * while its plugin is stopped.
 */
public record VariantSnapshot(String id, LocalizedText name, String iconName, List<StageDefinition> stages) {

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
