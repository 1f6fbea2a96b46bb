package com.siteline.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditRecord;
import com.siteline.sdk.LocalizedText;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** #30: who acted and what changed, as people say it, in zh-CN and English. */
@SitelineSpringTest
@WithUserDetails("admin")
class AuditWhoTest extends SpringBrowserlessTest {

    private static AuditRecord record(String actor, String name, List<AuditChange> changes) {
        return new AuditRecord(
                1,
                Instant.parse("2026-12-01T02:00:00Z"),
                actor,
                null,
                "project",
                "7",
                "外墙翻新",
                AuditAction.UPDATE,
                changes,
                name,
                Map.of(
                        "form:consultation",
                        new LocalizedText("咨询接待", "Enquiry"),
                        "form:consultation/houseType",
                        new LocalizedText("房屋类型", "Type of home"),
                        "stage:hydro",
                        new LocalizedText("水电验收", "Plumbing and wiring inspection")));
    }

    @Test
    void aCustomerInThePortalTheSystemAndAUserReadByName() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(AuditTexts.who(ui, record("customer:12", "刘女士", List.of()))).isEqualTo("客户 刘女士（客户端）");
        assertThat(AuditTexts.who(ui, record("system", null, List.of()))).isEqualTo("系统");
        assertThat(AuditTexts.who(ui, record("pm", "王经理", List.of()))).isEqualTo("王经理");
        AuditRecord changed = record(
                "pm",
                "王经理",
                List.of(
                        new AuditChange("answers/consultation/houseType", null, "新房", "二手房"),
                        new AuditChange("currentStageId", null, "hydro", null)));
        assertThat(AuditTexts.changes(ui, changed)).contains("表单 咨询接待 · 房屋类型: 新房 → 二手房", "水电验收");
        ui.setLocale(Locale.ENGLISH);
        assertThat(AuditTexts.who(ui, record("customer:12", "刘女士", List.of()))).isEqualTo("Customer 刘女士 (portal)");
        assertThat(AuditTexts.who(ui, record("system", null, List.of()))).isEqualTo("System");
        assertThat(AuditTexts.changes(ui, changed))
                .contains("Form Enquiry · Type of home: 新房 → 二手房", "Plumbing and wiring inspection");
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
    }
}
