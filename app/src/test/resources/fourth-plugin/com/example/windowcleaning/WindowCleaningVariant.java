package com.example.windowcleaning;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldProblem;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FormSection;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class WindowCleaningVariant implements BusinessVariant {

    public String id() {
        return "window-cleaning";
    }

    public LocalizedText name() {
        return LocalizedText.of("外窗清洗", "Window cleaning");
    }

    public List<StageDefinition> stages() {
        return List.of(
                StageDefinition.of("survey", "现场勘查", "Site survey").withForm("survey"),
                StageDefinition.of("cleaning", "清洗作业", "Cleaning").withSignOff());
    }

    public List<FormSpec> forms() {
        return List.of(FormSpec.of("survey", 1, "勘查记录", "Survey record",
                FormSection.of("勘查", "Survey",
                        FieldSpec.number("windows", "窗户数量", "Windows", "扇").asRequired().min(1).max(5000),
                        FieldSpec.singleChoice("access", "作业方式", "Access",
                                Choice.of("rope", "吊绳", "Rope"), Choice.of("gondola", "吊篮", "Gondola")).asRequired())));
    }

    /** A defect on purpose, so the tests see how the host copes: 4444 windows make the hook throw. */
    @Override
    public List<FieldProblem> validate(String formId, java.util.Map<String, Object> answers) {
        if (answers.get("windows") instanceof java.math.BigDecimal windows && windows.intValue() == 4444) {
            throw new IllegalStateException("window-cleaning cannot count 4444 windows");
        }
        return List.of();
    }
}
