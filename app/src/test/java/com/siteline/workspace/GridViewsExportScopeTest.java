package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.grid.ExportDialog;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.communication.ui.CommunicationsView;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.ui.CustomersView;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.ui.ProjectListView;
import com.siteline.sla.CustomerTier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The customers, log and projects grids beyond their own tests: sort by a header, a built-in view,
 * the export (only the agent's units), the log's side panel and a conflicting project edit.
 */
class GridViewsExportScopeTest extends AgentGridTest {

    @Override
    String[] customerNames() {
        return new String[] {"A", "B"};
    }

    private List<String> exportedColumn(byte[] file, int column) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                values.add(sheet.getRow(r).getCell(column).getStringCellValue());
            }
            return values;
        }
    }

    @SuppressWarnings("unchecked")
    private void selectView(String gridId, String label) {
        test((ComboBox<SavedView>) $(ComboBox.class).id(gridId + "-views")).selectItem(label);
    }

    @Test
    void customersSortAViewAndAnExportOfTheAgentsUnitsOnly() throws Exception {
        CustomerDetails vip = as.user(
                "admin",
                () -> customers.create(new CustomerDraft(
                        mine.businessUnitId(),
                        "C" + marker,
                        "1391234" + (System.nanoTime() % 10000),
                        null,
                        null,
                        null,
                        null,
                        CustomerTier.VIP,
                        Set.of(),
                        Channel.WECHAT,
                        null,
                        null)));
        as.user(
                "admin",
                () -> customers.create(new CustomerDraft(
                        theirs.businessUnitId(),
                        "D" + marker,
                        "1381234" + (System.nanoTime() % 10000),
                        null,
                        null,
                        null,
                        null,
                        CustomerTier.VIP,
                        Set.of(),
                        Channel.WECHAT,
                        null,
                        null)));
        navigate(CustomersView.class);
        selectView("customers", "VIP 与重点客户");
        List<CustomerDetails> shown = rows("customers-grid");
        assertThat(shown).extracting(CustomerDetails::id).contains(vip.id());
        assertThat(shown)
                .allSatisfy(c -> assertThat(c.tier()).isIn(CustomerTier.VIP, CustomerTier.KEY))
                .allSatisfy(c -> assertThat(c.businessUnitName()).isNotEqualTo("滨江花园物业服务中心"));

        test($(TextField.class).id("customers-search")).setValue(marker);
        selectView("customers", "全部客户");
        test($(TextField.class).id("customers-search")).setValue(marker);
        test($(Grid.class).id("customers-grid")).sortByColumn("name", SortDirection.DESCENDING);
        assertThat(this.<CustomerDetails>rows("customers-grid"))
                .extracting(CustomerDetails::name)
                .containsExactly("C" + marker, "A" + marker);
        test($(Button.class).id("customers-export")).click();
        byte[] file = java.nio.file.Files.readAllBytes(
                ((ExportDialog<?>) $(ExportDialog.class).single()).file().orElseThrow());
        assertThat(exportedColumn(file, 0)).containsExactly("C" + marker, "A" + marker);
        // an agent's export holds the phones masked, as the list shows them (#32)
        assertThat(exportedColumn(file, 1)).allMatch(p -> p.matches("\\d{3}\\*{4}\\d{4}"));
        // the file says who exported it and when; the audit log keeps the export with its filter and rows (#32)
        String agent = as.user("admin", () -> organization.displayNames()).get("agent");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getProperties().getCoreProperties().getCreator())
                    .isEqualTo(agent);
            assertThat(workbook.getSheetAt(0).getHeader().getLeft()).startsWith(agent + " · ");
        }
        com.siteline.audit.AuditRecord kept =
                as.user("admin", () -> trail.history("export", "customers", 1)).getFirst();
        assertThat(kept.actor()).isEqualTo("agent");
        assertThat(kept.action()).isEqualTo(com.siteline.audit.AuditAction.EXPORT);
        assertThat(kept.changes())
                .anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("rows");
                    assertThat(c.after()).isEqualTo("2");
                })
                .anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("filter");
                    assertThat(c.after()).contains(marker);
                });
    }

    /** A manager's export writes the phones in full (Role.mayExportContacts); the list still shows them masked. */
    @Test
    @org.springframework.security.test.context.support.WithUserDetails("manager")
    void aManagersExportHoldsThePhonesInFull() throws Exception {
        navigate(CustomersView.class);
        test($(TextField.class).id("customers-search")).setValue(marker);
        assertThat(test($(Grid.class).id("customers-grid")).getCellText(0, 1)).contains("****");
        test($(Button.class).id("customers-export")).click();
        byte[] file = java.nio.file.Files.readAllBytes(
                ((ExportDialog<?>) $(ExportDialog.class).single()).file().orElseThrow());
        assertThat(exportedColumn(file, 1)).contains(mine.phone(), theirs.phone());
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.audit.AuditTrail trail;

    @org.springframework.beans.factory.annotation.Autowired
    com.siteline.organization.OrganizationService organization;

    @Test
    void theLogSortsShowsItsPanelAndExportsOnlyTheAgentsUnits() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        mine.id(),
                        null,
                        null,
                        now.minusSeconds(7200),
                        "门店",
                        Channel.VISIT,
                        "客户本人",
                        "上门沟通橱柜方案 " + marker,
                        "客户认可",
                        null,
                        false)));
        as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        mine.id(),
                        null,
                        null,
                        now.minusSeconds(3600),
                        null,
                        Channel.PHONE,
                        "客户本人",
                        "电话确认安装时间 " + marker,
                        "周六上午",
                        null,
                        false)));
        as.user(
                "admin",
                () -> log.record(new NewLogEntry(
                        theirs.id(),
                        null,
                        null,
                        now,
                        null,
                        Channel.PHONE,
                        "业主",
                        "物业报修回访 " + marker,
                        "已修复",
                        null,
                        false)));
        navigate(CommunicationsView.class);
        test($(TextField.class).id("communications-search")).setValue(marker);
        List<LogEntry> shown = rows("communications-grid");
        assertThat(shown).extracting(LogEntry::content).containsExactly("电话确认安装时间 " + marker, "上门沟通橱柜方案 " + marker);
        test($(Grid.class).id("communications-grid")).sortByColumn("occurred", SortDirection.ASCENDING);
        assertThat(this.<LogEntry>rows("communications-grid"))
                .extracting(LogEntry::content)
                .containsExactly("上门沟通橱柜方案 " + marker, "电话确认安装时间 " + marker);
        selectView("communications", "上门与会议");
        assertThat(this.<LogEntry>rows("communications-grid"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.channel()).isIn(Channel.VISIT, Channel.MEETING));

        test($(TextField.class).id("communications-search")).setValue(marker);
        test($(Grid.class).id("communications-grid")).clickRow(0);
        assertThat($(Div.class).id("log-panel").getElement().getTextRecursively())
                .contains("上门沟通橱柜方案 " + marker)
                .contains("客户认可");

        selectView("communications", "全部记录");
        test($(TextField.class).id("communications-search")).setValue(marker);
        test($(Button.class).id("communications-export")).click();
        byte[] file = java.nio.file.Files.readAllBytes(
                ((ExportDialog<?>) $(ExportDialog.class).single()).file().orElseThrow());
        assertThat(exportedColumn(file, 4)).hasSize(2).noneMatch(text -> text.contains("物业报修回访"));
    }

    @Test
    void projectsSortAViewExportAndAConflictingTeamEdit() throws Exception {
        ProjectSummary first = as.user(
                "admin",
                () -> projects.create(new NewProject(
                        "甲 " + marker,
                        null,
                        null,
                        mine.businessUnitId(),
                        "home-decoration",
                        mine.id(),
                        new ProjectTeam("agent", null, null, null, null, null, null, null))));
        ProjectSummary second = as.user(
                "admin",
                () -> projects.create(new NewProject(
                        "乙 " + marker,
                        null,
                        null,
                        mine.businessUnitId(),
                        "home-decoration",
                        mine.id(),
                        ProjectTeam.none())));
        as.user(
                "admin",
                () -> projects.create(new NewProject(
                        "丙 " + marker,
                        null,
                        null,
                        theirs.businessUnitId(),
                        "property-management",
                        theirs.id(),
                        ProjectTeam.none())));
        navigate(ProjectListView.class);
        test($(TextField.class).id("projects-search")).setValue(marker);
        assertThat(this.<ProjectSummary>rows("projects-grid"))
                .extracting(ProjectSummary::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        test($(Grid.class).id("projects-grid")).sortByColumn("created", SortDirection.ASCENDING);
        assertThat(this.<ProjectSummary>rows("projects-grid"))
                .extracting(ProjectSummary::id)
                .containsExactly(first.id(), second.id());
        selectView("projects", "我负责的项目");
        assertThat(this.<ProjectSummary>rows("projects-grid"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.team().projectManager()).isEqualTo("agent"));

        selectView("projects", "全部项目");
        test($(TextField.class).id("projects-search")).setValue(marker);
        test($(Button.class).id("projects-export")).click();
        byte[] file = java.nio.file.Files.readAllBytes(
                ((ExportDialog<?>) $(ExportDialog.class).single()).file().orElseThrow());
        assertThat(exportedColumn(file, 0)).containsExactlyInAnyOrder("甲 " + marker, "乙 " + marker);

        // someone else changes the team while the agent edits it: refused, the agent's input stays
        int row = this.<ProjectSummary>rows("projects-grid").stream()
                .map(ProjectSummary::id)
                .toList()
                .indexOf(second.id());
        test($(Grid.class).id("projects-grid")).clickRow(row);
        test($(Button.class).id("project-team")).click();
        $(com.vaadin.flow.component.textfield.BigDecimalField.class)
                .id("team-value")
                .setValue(new java.math.BigDecimal("99000"));
        as.user(
                "admin",
                () -> projects.changeTeam(
                        second.id(),
                        second.version(),
                        new ProjectTeam("pm", null, null, null, null, null, null, null)));
        test($(Button.class).id("team-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("已被他人修改");
        assertThat($(com.vaadin.flow.component.textfield.BigDecimalField.class)
                        .id("team-value")
                        .getValue())
                .isEqualByComparingTo("99000");
        assertThat(as.user("admin", () -> projects.get(second.id())).team().contractValue())
                .isNull();
    }
}
