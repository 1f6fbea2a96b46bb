package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.communication.LogEntry;
import com.siteline.communication.ui.CommunicationsView;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.ui.CustomerDialog;
import com.siteline.customer.ui.CustomersView;
import com.siteline.issue.IssueDetails;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.ui.ProjectListView;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Customers, communication log and projects grids, and the customer 360 page, as the agent of EAST-PAINT and SH-HOME. */
class CustomerLogProjectGridsTest extends AgentGridTest {

    /** The agent types times in their own zone (their first unit's calendar: Shanghai). */
    private static final java.time.ZoneId USER_ZONE = Formats.DEFAULT_ZONE;

    @Override
    String[] customerNames() {
        return new String[] {"周", "吴"};
    }

    @Test
    void customersFilterSortTagAndWarnAboutADuplicatePhone() {
        CustomerDetails vip = as.user(
                "admin",
                () -> customers.update(
                        mine.id(),
                        mine.version(),
                        new CustomerDraft(
                                mine.businessUnitId(),
                                mine.name(),
                                mine.phone(),
                                null,
                                null,
                                null,
                                null,
                                CustomerTier.VIP,
                                Set.of(),
                                mine.preferredChannel(),
                                null,
                                null)));
        CustomerDetails second = fixture.customer("EAST-PAINT", "郑" + marker);
        navigate(CustomersView.class);
        CustomersView view = $(CustomersView.class).single();
        test((TextField) view.dataGrid().filter("name")).setValue(marker);
        List<CustomerDetails> found = rows("customers-grid");
        assertThat(found)
                .extracting(CustomerDetails::id)
                .containsExactlyInAnyOrder(vip.id(), second.id())
                .doesNotContain(theirs.id());

        test($(Grid.class).id("customers-grid")).sortByColumn("name", SortDirection.ASCENDING);
        assertThat(this.<CustomerDetails>rows("customers-grid"))
                .extracting(CustomerDetails::name)
                .containsExactly("周" + marker, "郑" + marker);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> tier =
                (MultiSelectComboBox<String>) view.dataGrid().filter("tier");
        tier.setValue(Set.of("VIP"));
        assertThat(this.<CustomerDetails>rows("customers-grid"))
                .extracting(CustomerDetails::id)
                .containsExactly(vip.id());
        tier.setValue(Set.of());
        test((TextField) view.dataGrid().filter("phone")).setValue(theirs.phone());
        assertThat(test($(Grid.class).id("customers-grid")).size()).isZero();
        test((TextField) view.dataGrid().filter("phone")).setValue("");

        // bulk: add a tag to both
        test($(Grid.class).id("customers-grid")).select(0);
        test($(Grid.class).id("customers-grid")).select(1);
        test($(Button.class).id("customers-bulk-tag")).click();
        test($(TextField.class).id("bulk-tag-value")).setValue("转介绍");
        test($(Button.class).id("bulk-tag-apply")).click();
        assertThat(as.user("admin", () -> customers.get(second.id())).tags()).containsExactly("转介绍");

        // side panel, then the duplicate warning when a new record reuses a phone number
        test($(Grid.class).id("customers-grid")).clickRow(0);
        assertThat($(H3.class).withId("customer-panel").exists()
                        || $(com.vaadin.flow.component.html.Div.class)
                                .id("customer-panel")
                                .getElement()
                                .getTextRecursively()
                                .contains(marker))
                .isTrue();
        test($(Button.class).id("new-customer")).click();
        test($(TextField.class).id("customer-phone")).setValue(second.phone());
        assertThat($(Span.class).id("customer-duplicate").getText()).contains("郑" + marker);
        // a phone of another unit is not revealed
        test($(TextField.class).id("customer-phone")).setValue(theirs.phone());
        assertThat($(Span.class).withId("customer-duplicate").exists()).isFalse();
        // bad input: a clear message, nothing lost
        test($(TextField.class).id("customer-phone")).setValue("abc");
        test($(TextField.class).id("customer-name")).setValue("新客户" + marker);
        test($(Button.class).id("customer-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("有效的电话号码");
        assertThat($(TextField.class).id("customer-name").getValue()).isEqualTo("新客户" + marker);
    }

    /** 客户类型: chosen in the dialog, kept through a refusal, a filter of the grid, a badge on the 360 page. */
    @Test
    @SuppressWarnings("unchecked")
    void aCustomersTypeIsKeptThroughARefusalFiltersTheGridAndShowsOnTheirPage() {
        navigate(CustomersView.class);
        CustomersView view = $(CustomersView.class).single();
        test($(Button.class).id("new-customer")).click();
        ComboBox<com.siteline.sla.CustomerType> type = $(ComboBox.class).id("customer-type");
        assertThat(type.getValue()).isEqualTo(com.siteline.sla.CustomerType.INDIVIDUAL);
        type.setValue(com.siteline.sla.CustomerType.GOVERNMENT);
        test($(TextField.class).id("customer-name")).setValue("徐汇区住建委 " + marker);
        test($(TextField.class).id("customer-phone")).setValue("not a phone");
        test($(Button.class).id("customer-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("有效的电话号码");
        assertThat(type.getValue()).isEqualTo(com.siteline.sla.CustomerType.GOVERNMENT);
        ((ComboBox<Long>) $(ComboBox.class).id("customer-unit")).setValue(mine.businessUnitId());
        test($(TextField.class).id("customer-phone")).setValue("021-64" + (100_000 + (marker.hashCode() & 0xffff)));
        test($(Button.class).id("customer-save")).click();
        assertThat($(CustomerDialog.class).exists()).isFalse();

        // the new record opened on its page; back to the grid
        navigate(CustomersView.class);
        view = $(CustomersView.class).single();
        test((TextField) view.dataGrid().filter("name")).setValue(marker);
        MultiSelectComboBox<String> filter =
                (MultiSelectComboBox<String>) view.dataGrid().filter("type");
        filter.setValue(Set.of("GOVERNMENT"));
        List<CustomerDetails> found = rows("customers-grid");
        assertThat(found).extracting(CustomerDetails::name).containsExactly("徐汇区住建委 " + marker);
        filter.setValue(Set.of("INDIVIDUAL"));
        assertThat(this.<CustomerDetails>rows("customers-grid"))
                .extracting(CustomerDetails::id)
                .containsExactly(mine.id());

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("customers/" + found.getFirst().id(), Customer360View.class);
        assertThat($(com.siteline.base.ui.Badge.class)
                        .id("customer-360-type")
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Government");
    }

    /**
     * 号码脱敏 (#32): the list and the side panel show a customer's phone masked; their page too, until the agent asks to
     * see it in full, which the audit log keeps (who, which record, which fields).
     */
    @Test
    void phonesAreMaskedOnTheListsAndShownInFullOnDemandWithTheRevealRecorded() {
        navigate(CustomersView.class);
        CustomersView view = $(CustomersView.class).single();
        test((TextField) view.dataGrid().filter("name")).setValue(marker);
        String masked = mine.phone().substring(0, 3) + "****" + mine.phone().substring(7);
        assertThat(test($(Grid.class).id("customers-grid")).getCellText(0, 1)).isEqualTo(masked);
        assertThat(view.getElement().getTextRecursively()).doesNotContain(mine.phone());

        // the grid's icon buttons say what they do, in either language (#30)
        assertThat($(Button.class).id("customers-export").getElement().getAttribute("aria-label"))
                .isEqualTo("导出 Excel");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("customers/" + mine.id(), Customer360View.class);
        com.vaadin.flow.component.html.Div contacts =
                $(com.vaadin.flow.component.html.Div.class).id("customer-360-contacts");
        assertThat(contacts.getElement().getTextRecursively()).contains(masked).doesNotContain(mine.phone());
        Button reveal = $(Button.class).id("customer-360-reveal");
        assertThat(reveal.getText()).isEqualTo("Show contact details");
        String views = "select count(*) from audit_entry where record_type = 'customer' and record_id = ?"
                + " and action = 'VIEW' and actor = 'agent'";
        long before = jdbc.queryForObject(views, Long.class, Long.toString(mine.id()));
        test(reveal).click();
        assertThat(contacts.getElement().getTextRecursively()).contains(mine.phone());
        assertThat(jdbc.queryForObject(views, Long.class, Long.toString(mine.id())))
                .isEqualTo(before + 1);

        navigate(CustomersView.class);
        assertThat($(Button.class).id("customers-export").getTooltip().getText())
                .isEqualTo("Export to Excel");
        assertThat($(Button.class).id("customers-columns").getElement().getAttribute("aria-label"))
                .isEqualTo("Columns");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aCustomerEditThatCrossesAnotherIsRefusedAndKeepsTheInput() {
        navigate("customers/" + mine.id(), Customer360View.class);
        test($(Button.class).id("customer-360-edit")).click();
        test($(TextField.class).id("customer-address")).setValue("浦东新区 新地址 " + marker);
        as.user("admin", () -> customers.update(mine.id(), mine.version(), mine.toDraft()));
        test($(Button.class).id("customer-save")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("已被他人修改");
        assertThat($(TextField.class).id("customer-address").getValue()).isEqualTo("浦东新区 新地址 " + marker);
    }

    @Test
    void loggingAPromiseMakesATaskThatTheLogGridFindsAndBulkMarksReplied() {
        navigate(CommunicationsView.class);
        test($(Button.class).id("new-log-entry")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CustomerDetails> customer = $(ComboBox.class).id("log-customer");
        customer.setValue(as.user("agent", () -> customers.get(mine.id())));
        test($(TextArea.class).id("log-content")).setValue("客户询问地暖保修期 " + marker);
        $(DateTimePicker.class)
                .id("log-promised")
                .setValue(LocalDateTime.now(USER_ZONE).minusDays(1));
        test($(Button.class).id("log-save")).click();
        // a promise before the contact is refused with a message; the text stays
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("承诺回复时间必须晚于沟通时间");
        assertThat($(TextArea.class).id("log-content").getValue()).contains(marker);
        $(DateTimePicker.class)
                .id("log-promised")
                .setValue(LocalDateTime.now(USER_ZONE).plusHours(2));
        // minutes as a PDF are kept with the entry; a program is refused with a reason
        test($(com.vaadin.flow.component.upload.Upload.class).id("log-upload"))
                .upload("会议纪要.pdf", "application/pdf", "%PDF-1.4 minutes".getBytes());
        test($(com.vaadin.flow.component.upload.Upload.class).id("log-upload"))
                .upload("setup.exe", "application/x-msdownload", new byte[] {77, 90});
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .containsAnyOf("不支持", "未被接受");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("log-files")
                        .getElement()
                        .getTextRecursively())
                .contains("会议纪要.pdf")
                .doesNotContain("setup.exe");
        test($(Button.class).id("log-save")).click();
        LogEntry logged = as.user("agent", () -> log.ofCustomer(mine.id())).getFirst();
        var files =
                as.user("agent", () -> log.attachmentsOf(List.of(logged.id()))).get(logged.id());
        assertThat(files)
                .singleElement()
                .satisfies(f -> assertThat(f.fileName()).isEqualTo("会议纪要.pdf"));
        assertThat(as.user("agent", () -> log.download(files.getFirst().id())))
                .get()
                .satisfies(f -> assertThat(new String(f.content())).isEqualTo("%PDF-1.4 minutes"));

        @SuppressWarnings("unchecked")
        ComboBox<SavedView> views = $(ComboBox.class).id("communications-views");
        test(views).selectItem("我的待回复承诺");
        List<LogEntry> open = rows("communications-grid");
        assertThat(open).extracting(LogEntry::content).contains("客户询问地暖保修期 " + marker);
        assertThat(open).allSatisfy(e -> assertThat(e.promiseOpen()).isTrue());

        CommunicationsView view = $(CommunicationsView.class).single();
        // with a row open in the side panel, a new entry from the toolbar still starts empty and changeable
        test($(Grid.class).id("communications-grid")).clickRow(0);
        assertThat(view.dataGrid().focused()).isPresent();
        test($(Button.class).id("new-log-entry")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CustomerDetails> fresh = $(ComboBox.class).id("log-customer");
        assertThat(fresh.getValue()).isNull();
        assertThat(fresh.isReadOnly()).isFalse();
        $(com.vaadin.flow.component.dialog.Dialog.class).id("log-dialog").close();
        test((TextField) view.dataGrid().filter("content")).setValue(marker);
        test($(Grid.class).id("communications-grid")).select(0);
        test($(Button.class).id("communications-bulk-replied")).click();
        assertThat(as.user("agent", () -> log.ofCustomer(mine.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.repliedAt()).isNotNull());
        assertThat(test($(Grid.class).id("communications-grid")).size()).isZero();
        // the other unit's log is invisible
        assertThat(as.user(
                        "agent", () -> log.count(GridQuery.empty().choice("customerId", String.valueOf(theirs.id())))))
                .isZero();
    }

    @Test
    void projectsFilterByVariantAndBulkSetTheProjectManager() {
        ProjectSummary project = as.user(
                "admin",
                () -> projects.create(new NewProject(
                        "项目" + marker,
                        null,
                        "上海市",
                        mine.businessUnitId(),
                        "home-decoration",
                        mine.id(),
                        ProjectTeam.none())));
        navigate(ProjectListView.class);
        ProjectListView view = $(ProjectListView.class).single();
        test((TextField) view.dataGrid().filter("name")).setValue(marker);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> variant =
                (MultiSelectComboBox<String>) view.dataGrid().filter("variant");
        variant.setValue(Set.of("exterior-painting"));
        assertThat(test($(Grid.class).id("projects-grid")).size()).isZero();
        variant.setValue(Set.of("home-decoration"));
        assertThat(this.<ProjectSummary>rows("projects-grid"))
                .extracting(ProjectSummary::id)
                .containsExactly(project.id());
        assertThat(project.customerName()).isEqualTo(mine.name());

        test($(Grid.class).id("projects-grid")).select(0);
        test($(Button.class).id("projects-bulk-pm")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> pm = $(ComboBox.class).id("bulk-value");
        pm.setValue("pm");
        test($(Button.class).id("bulk-apply")).click();
        assertThat(as.user("admin", () -> projects.get(project.id())).team().projectManager())
                .isEqualTo("pm");
        test($(Grid.class).id("projects-grid")).clickRow(0);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("project-panel")
                        .getElement()
                        .getTextRecursively())
                .contains("张伟");

        // team and plan: a planned end before the start is refused in place, then saved
        test($(Button.class).id("project-team")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> designer = $(ComboBox.class).id("team-designer");
        designer.setValue("agent");
        $(com.vaadin.flow.component.textfield.BigDecimalField.class)
                .id("team-value")
                .setValue(new java.math.BigDecimal("256000.00"));
        $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .id("team-planned-start")
                .setValue(java.time.LocalDate.of(2026, 12, 1));
        $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .id("team-planned-end")
                .setValue(java.time.LocalDate.of(2026, 11, 1));
        test($(Button.class).id("team-save")).click();
        assertThat($(com.vaadin.flow.component.datepicker.DatePicker.class)
                        .id("team-planned-end")
                        .isInvalid())
                .isTrue();
        $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .id("team-planned-end")
                .setValue(java.time.LocalDate.of(2027, 2, 28));
        test($(Button.class).id("team-save")).click();
        ProjectTeam team = as.user("admin", () -> projects.get(project.id())).team();
        assertThat(team.designer()).isEqualTo("agent");
        assertThat(team.projectManager()).isEqualTo("pm");
        assertThat(team.contractValue()).isEqualByComparingTo("256000");
        assertThat(team.plannedEnd()).isEqualTo(java.time.LocalDate.of(2027, 2, 28));
    }

    @Test
    void the360PageShowsOneCustomersWorldAndNothingOfAnotherUnit() {
        IssueDetails issue =
                fixture.issue(mine, "墙面开裂 " + marker, IssueType.COMPLAINT, "quality-acceptance", Urgency.IMPORTANT);
        navigate("customers/" + mine.id(), Customer360View.class);
        assertThat($(H2.class).id("customer-360-name").getText()).isEqualTo(mine.name());
        @SuppressWarnings("unchecked")
        Grid<IssueDetails> issues = $(Grid.class).id("customer-360-issues");
        assertThat(test(issues).size()).isEqualTo(1);
        assertThat(test(issues).getRow(0).id()).isEqualTo(issue.id());

        // "log for this customer" starts with the customer, shown and changeable before saving
        test($(Button.class).id("customer-360-log")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CustomerDetails> customer = $(ComboBox.class).id("log-customer");
        assertThat(customer.getValue().id()).isEqualTo(mine.id());
        assertThat(customer.isReadOnly()).isFalse();
        $(com.vaadin.flow.component.dialog.Dialog.class).id("log-dialog").close();

        navigate("customers/" + theirs.id(), Customer360View.class);
        assertThat($(H2.class).withId("customer-360-name").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.H3.class).first().getText()).isEqualTo("找不到该客户");
    }
}
