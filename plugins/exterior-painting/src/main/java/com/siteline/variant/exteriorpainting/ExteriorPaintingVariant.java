package com.siteline.variant.exteriorpainting;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import org.pf4j.Extension;

/** Exterior-wall painting projects, new-build and renovation (seed 000: 外墙涂料施工客户沟通流程). */
@Extension
public class ExteriorPaintingVariant implements BusinessVariant {

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("requirement-confirmation", "客户需求确认", "Requirement confirmation"),
            StageDefinition.of("preliminary-proposal", "初步方案", "Preliminary proposal"),
            StageDefinition.of("proposal-confirmation", "方案讨论与确认", "Proposal discussion and confirmation"),
            StageDefinition.of("construction-plan", "施工计划", "Construction plan"),
            StageDefinition.of("plan-communication", "施工计划告知", "Plan communicated to customer"),
            StageDefinition.of("safety-briefing", "安全与环保说明", "Safety and environmental briefing"),
            StageDefinition.of("construction", "施工与进度汇报", "Construction and progress reports"),
            StageDefinition.of("stage-acceptance", "阶段性验收", "Stage acceptance"),
            StageDefinition.of("completion-acceptance", "竣工验收", "Completion acceptance"),
            StageDefinition.of("feedback", "客户反馈收集", "Feedback collection"),
            StageDefinition.of("after-sales", "售后服务说明", "After-sales explanation"));

    @Override
    public String id() {
        return "exterior-painting";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("外墙涂料施工", "Exterior-wall painting");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }
}
