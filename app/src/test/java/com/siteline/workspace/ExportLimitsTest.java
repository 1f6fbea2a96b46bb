package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.audit.AuditRecord;
import com.siteline.audit.AuditTrail;
import com.siteline.audit.ExportLimits;
import com.siteline.audit.ui.ExportLimitsView;
import com.siteline.base.ui.grid.ExportDialog;
import com.siteline.customer.ui.CustomersView;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Bulk exports (#32): an administrator sets a role's limit (a bad value said and kept, in both languages); an
 * agent's export over their limit is refused with the attempt in the audit log, nothing written.
 */
@SitelineSpringTest
class ExportLimitsTest extends SpringBrowserlessTest {

    @Autowired
    ExportLimits limits;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    AuditTrail trail;

    @Autowired
    RunAs as;

    @AfterEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdministratorSetsARolesLimitAfterABadValue() {
        ExportLimits.Limit before = agentLimit();
        try {
            navigate(ExportLimitsView.class);
            Grid<ExportLimits.Limit> grid = $(Grid.class).id("export-limits-grid");
            grid.select(grid.getListDataView()
                    .getItems()
                    .filter(l -> l.role() == Role.AGENT)
                    .findFirst()
                    .orElseThrow());
            IntegerField rows = $(IntegerField.class).id("export-limits-rows");
            assertThat(rows.getValue()).isEqualTo(before.maxRows());
            test(rows).setValue(0);
            test($(Button.class).id("export-limits-save")).click();
            assertThat(rows.isInvalid()).isTrue();
            assertThat(rows.getErrorMessage()).isEqualTo("请填写 1 到 10,000,000 之间的行数，或留空表示不限。");
            assertThat(rows.getValue()).isZero();
            assertThat(agentLimit().maxRows()).isEqualTo(before.maxRows());
            test(rows).setValue(500);
            test($(Button.class).id("export-limits-save")).click();
            assertThat(agentLimit().maxRows()).isEqualTo(500);

            UI.getCurrent().setLocale(Locale.ENGLISH);
            navigate(ExportLimitsView.class);
            grid = $(Grid.class).id("export-limits-grid");
            assertThat(grid.getListDataView().getItems().map(l -> l.role())).contains(Role.ADMIN, Role.AGENT);
            assertThat(test(grid)
                            .getCellText(
                                    (int) grid.getListDataView()
                                            .getItems()
                                            .takeWhile(l -> l.role() != Role.ADMIN)
                                            .count(),
                                    1))
                    .isEqualTo("No limit");
        } finally {
            ExportLimits.Limit now = agentLimit();
            as.user("admin", () -> {
                limits.set(Role.AGENT, before.maxRows(), now.version());
                return null;
            });
        }
    }

    @Test
    @WithUserDetails("agent")
    void anExportOverTheAgentsLimitIsRefusedAndKept() {
        String marker = WorkspaceFixture.marker();
        fixture.customer("SH-HOME", "限额甲" + marker);
        fixture.customer("SH-HOME", "限额乙" + marker);
        ExportLimits.Limit before = agentLimit();
        as.user("admin", () -> {
            limits.set(Role.AGENT, 1, before.version());
            return null;
        });
        try {
            navigate(CustomersView.class);
            test($(TextField.class).id("customers-search")).setValue(marker);
            test($(Button.class).id("customers-export")).click();
            ExportDialog<?> dialog = $(ExportDialog.class).single();
            assertThat(dialog.file()).isEmpty();
            assertThat(dialog.getElement().getTextRecursively()).contains("要导出 2 行，超过了您的角色一次最多 1 行的限额");
            AuditRecord kept = as.user("admin", () -> trail.history("export", "customers", 1))
                    .getFirst();
            assertThat(kept.actor()).isEqualTo("agent");
            assertThat(kept.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("refused");
                assertThat(c.after()).isEqualTo("over the limit 1");
            });
        } finally {
            ExportLimits.Limit now = agentLimit();
            as.user("admin", () -> {
                limits.set(Role.AGENT, before.maxRows(), now.version());
                return null;
            });
        }
    }

    private ExportLimits.Limit agentLimit() {
        return as.user("admin", () -> limits.all()).stream()
                .filter(l -> l.role() == Role.AGENT)
                .findFirst()
                .orElseThrow();
    }
}
