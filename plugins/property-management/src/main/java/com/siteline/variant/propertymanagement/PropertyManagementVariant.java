package com.siteline.variant.propertymanagement;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import org.pf4j.Extension;

/** Property-management service jobs, from the service desk to the return visit (seed 004: 与顾客沟通的程序). */
@Extension
public class PropertyManagementVariant implements BusinessVariant {

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("service-intake", "服务受理", "Service desk intake"),
            StageDefinition.of("dispatch", "派工", "Dispatch"),
            StageDefinition.of("on-site-service", "上门服务", "On-site service"),
            StageDefinition.of("completion-confirmation", "完工确认", "Completion confirmed by owner"),
            StageDefinition.of("return-visit", "回访", "Return visit"),
            StageDefinition.of("archive", "归档", "Archive"));

    @Override
    public String id() {
        return "property-management";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("物业管理", "Property management");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }
}
