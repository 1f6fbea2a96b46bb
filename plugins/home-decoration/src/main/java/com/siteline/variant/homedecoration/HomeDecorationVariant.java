package com.siteline.variant.homedecoration;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import org.pf4j.Extension;

/** Home decoration (renovation) projects (seed 002: 家装项目客户服务流程标准化). */
@Extension
public class HomeDecorationVariant implements BusinessVariant {

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("consultation", "咨询接待", "Consultation"),
            StageDefinition.of("requirement-research", "需求调研", "Requirement research"),
            StageDefinition.of("preliminary-design", "初步方案与报价", "Preliminary design and quote"),
            StageDefinition.of("design-deepening", "深化设计", "Design deepening"),
            StageDefinition.of("design-confirmation", "方案确认与交底", "Design confirmation and walkthrough"),
            StageDefinition.of("contract", "合同签订", "Contract signing"),
            StageDefinition.of("preparation", "施工准备与材料确认", "Crew and material preparation"),
            StageDefinition.of("site-handover", "进场交底", "Site handover"),
            StageDefinition.of("construction", "施工与巡检", "Construction and inspections"),
            StageDefinition.of("node-inspections", "节点验收", "Node inspections"),
            StageDefinition.of("self-check", "自检与保洁", "Self-check and cleaning"),
            StageDefinition.of("completion-acceptance", "竣工验收与资料移交", "Completion acceptance and document handover"),
            StageDefinition.of("warranty", "保修服务", "Warranty service"),
            StageDefinition.of("return-visits", "回访", "Return visits"));

    @Override
    public String id() {
        return "home-decoration";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("家装", "Home decoration");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }
}
