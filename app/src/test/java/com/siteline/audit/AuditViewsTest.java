package com.siteline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.audit.ui.AuditHistory;
import com.siteline.audit.ui.AuditLogView;
import com.siteline.base.grid.GridLinks;
import com.siteline.base.ui.HistoryLink;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.RunAs;
import com.siteline.organization.Teams;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.ui.ResponseTimesView;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A record's history on its page and the admin audit log read as words, in zh-CN and English. */
@SitelineSpringTest
@WithUserDetails("admin")
class AuditViewsTest extends SpringBrowserlessTest {

    @Autowired
    CustomerService customers;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    Teams teams;

    @Autowired
    GridLinks links;

    private CustomerDetails edited() {
        CustomerDetails created = fixture.customer("SH-HOME", "历史客户 " + WorkspaceFixture.marker());
        return as.user(
                "agent",
                () -> customers.update(
                        created.id(),
                        created.version(),
                        new CustomerDraft(
                                created.businessUnitId(),
                                created.name(),
                                "13800002222",
                                null,
                                null,
                                null,
                                created.address(),
                                CustomerTier.VIP,
                                Set.of(),
                                Channel.PHONE,
                                null,
                                null)));
    }

    @Test
    void theCustomerPageShowsWhoChangedWhatFromWhatToWhat() {
        CustomerDetails customer = edited();
        navigate("customers/" + customer.id(), Customer360View.class);
        AuditHistory history = $(AuditHistory.class).single();
        history.load();
        String text = history.getElement().getTextRecursively();
        // who by name, not login (#30)
        String agent = jdbc.queryForObject("select display_name from app_user where username = 'agent'", String.class);
        assertThat(text).contains(" · " + agent + " · ", "修改", "电话: ", " → 13800002222", "客户等级: 普通客户 → VIP 客户");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("customers/" + customer.id(), Customer360View.class);
        AuditHistory english = $(AuditHistory.class).single();
        english.load();
        assertThat(english.getElement().getTextRecursively())
                .contains("changed", "Phone: ", " → 13800002222", "Tier: ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogFindsARecordsChangesAndTheChainCheckSaysItIsWhole() {
        CustomerDetails customer = edited();
        navigate(AuditLogView.class);
        test($(TextField.class).id("audit-search")).setValue(customer.name());
        Grid<AuditRecord> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(test(grid).getRow(0).recordId()).isEqualTo(Long.toString(customer.id()));
        assertThat(test(grid).getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("changes"))))
                .contains("电话: ")
                .contains("→ 13800002222");
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Span.class).id("audit-chain-state").getText()).startsWith("完整");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(AuditLogView.class);
        test($(Button.class).id("audit-verify")).click();
        assertThat($(Span.class).id("audit-chain-state").getText()).startsWith("Intact");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministrationPageLinksToItsRecordsHistoryInTheAuditLog() {
        navigate(ResponseTimesView.class);
        String href = $(com.vaadin.flow.component.html.Anchor.class)
                .id("rules-history")
                .getHref();
        assertThat(href).startsWith("admin/audit?q=");
        // the teams page's link per team (its grid's cells are not rendered here): the same builder
        String teamId = Long.toString(teams.all().getFirst().id());
        String teamHref = HistoryLink.href(links, "team", teamId);
        String query = teamHref.substring(teamHref.indexOf("q=") + 2);
        UI.getCurrent()
                .navigate("admin/audit", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", query)));
        Grid<AuditRecord> grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).recordType()).isEqualTo("team");
            assertThat(test(grid).getRow(i).recordId()).isEqualTo(teamId);
        }
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    com.siteline.plugin.VariantCatalog catalog;

    /**
     * #30: a history reads as people say it: the form and its fields by their titles, not their ids; who by name, not
     * login; a customer's own step in the portal as "客户 刘女士（客户端）".
     */
    @Test
    void aHistoryNamesFormsFieldsAndPeopleNotTheirIds() {
        java.util.Map<String, Object> row = jdbc.queryForMap("select record_id, actor, changes from audit_entry"
                + " where record_type = 'project' and changes like '%answers/requirement/%'"
                + " and actor <> 'system' order by id limit 1");
        String title = catalog.term("form", "requirement").orElseThrow().zhCn();
        navigate("projects/" + row.get("record_id"), com.siteline.project.ui.ProjectDetailView.class);
        AuditHistory history = $(AuditHistory.class).single();
        history.load();
        String text = history.getElement().getTextRecursively();
        assertThat(text).contains("表单 " + title + " · ").doesNotContain("answers/requirement");
        String name = jdbc.queryForObject(
                "select display_name from app_user where username = ?", String.class, row.get("actor"));
        assertThat(text).contains(" · " + name + " · ");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("projects/" + row.get("record_id"), com.siteline.project.ui.ProjectDetailView.class);
        history = $(AuditHistory.class).single();
        history.load();
        assertThat(history.getElement().getTextRecursively())
                .contains(catalog.term("form", "requirement").orElseThrow().en());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }
}
